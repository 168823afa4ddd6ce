// A timer orders only what happened before it was reset: main writes b.v after t.Reset, the
// goroutine writes it after receiving the tick; nothing orders the two writes.
package main

import (
	"fmt"
	"time"
)

type box struct{ v int }

func main() {
	t := time.NewTimer(time.Hour)
	b := &box{}
	done := make(chan bool)
	go func() {
		<-t.C
		b.v = 2
		done <- true
	}()
	t.Reset(time.Millisecond)
	b.v = 1
	<-done
	fmt.Println("done")
}

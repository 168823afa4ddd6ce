// Timers order memory the way Go's runtime does (go build -race finds no race here): whatever a
// goroutine did before starting or resetting a timer happens before the receive of the timer's
// value and before AfterFunc's function runs (Go's startTimer/resetTimer release the timer,
// runOneTimer acquires it before sending). No other synchronisation orders the writes below
// against the reads: without those edges a race detector would report them. (Ticker.Reset
// gives no such edge in Go 1.19: its modTimer does not release.)
package main

import (
	"fmt"
	"time"
)

type box struct{ v int }

func main() {
	// Timer.Reset: main's write, then Reset; the goroutine reads after the tick.
	t := time.NewTimer(time.Hour)
	b1 := &box{}
	done := make(chan int)
	go func() {
		<-t.C
		done <- b1.v
	}()
	b1.v = 1
	t.Reset(time.Millisecond)
	fmt.Println("timer reset:", <-done)

	// AfterFunc: the write before AfterFunc happens before f.
	b3 := &box{}
	b3.v = 3
	time.AfterFunc(time.Millisecond, func() { done <- b3.v })
	fmt.Println("after func:", <-done)

	// AfterFunc's timer reset: the write before Reset happens before f.
	b4 := &box{}
	f := time.AfterFunc(time.Hour, func() { done <- b4.v })
	b4.v = 4
	f.Reset(time.Millisecond)
	fmt.Println("after func reset:", <-done)
}

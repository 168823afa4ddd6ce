package main

import (
	"fmt"
	"time"
)

// RACE: a value written by a goroutine and read by main after time.Sleep. The sleep makes the
// write come first in practice, but it gives no happens-before edge.

var result string

func main() {
	go func() {
		result = "computed"
	}()
	time.Sleep(100 * time.Millisecond)
	fmt.Println(result)
}

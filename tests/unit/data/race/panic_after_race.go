package main

import (
	"fmt"
	"time"
)

var x int

// A race, then a panic: exit status 2 and no "Found N data race(s)" line.
func main() {
	go func() {
		x = 1
	}()
	time.Sleep(100 * time.Millisecond)
	fmt.Println(x)
	panic("boom")
}

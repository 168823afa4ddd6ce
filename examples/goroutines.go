// goroutines: start 100,000 goroutines. They are cheap: each starts with a
// small stack of its own (2 KB in Go) and the runtime multiplexes them onto a
// few OS threads, whereas an OS thread reserves about 1 MB of stack.
//
// Try: weft examples/goroutines.go
package main

import (
	"fmt"
	"time"
)

func main() {
	const n = 100000
	start := time.Now()
	done := make(chan int)
	for i := 0; i < n; i++ {
		go func(i int) {
			done <- i % 2 // each goroutine reports back once
		}(i)
	}
	odd := 0
	for i := 0; i < n; i++ {
		odd += <-done
	}
	fmt.Printf("%d goroutines ran, %d of them had an odd number\n", n, odd)
	fmt.Println("took", time.Since(start).Round(time.Millisecond))
}

// counter-channel: racy-counter.go fixed by sharing memory by communicating.
// Only one goroutine (the owner) ever touches counter; the others send it
// increments over a channel, and the owner sends the total back when asked.
//
// Try: weft --race examples/race/counter-channel.go
//
// `go run -race` prints no report: only "counter: 1000", exit status 0.
// `weft --race` prints the same: no report, "counter: 1000", exit status 0.
package main

import (
	"fmt"
	"sync"
)

func main() {
	increments := make(chan int)
	result := make(chan int)

	// The owner: the only goroutine that reads or writes counter.
	go func() {
		counter := 0
		for d := range increments {
			counter += d
		}
		result <- counter
	}()

	var wg sync.WaitGroup
	for i := 0; i < 1000; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			increments <- 1
		}()
	}
	wg.Wait()
	close(increments) // no more increments: the owner reports the total
	fmt.Println("counter:", <-result)
}

// A job: the host feeds item names through a channel; worker goroutines look each one up with
// a blocking host call (slow I/O that runs off the VM's threads, so the other workers go on)
// and send a line per item on a second channel, which a host thread drains.
package main

import (
	"fmt"

	"runner"
)

// Run processes items until the host closes them; returns how many it processed.
func Run(items chan string, results chan string, workers int) int {
	done := make(chan int)
	for w := 0; w < workers; w++ {
		go func() {
			n := 0
			for item := range items {
				results <- fmt.Sprintf("%s: %d in stock", item, runner.Stock(item))
				n++
			}
			done <- n
		}()
	}
	total := 0
	for w := 0; w < workers; w++ {
		total += <-done
	}
	close(results)
	return total
}

func main() {}

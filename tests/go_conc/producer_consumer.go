package main

import (
	"fmt"
	"sync"
)

// Two producers and three consumers share one buffered channel. The producers finish, a
// goroutine closes the channel after both, and the consumers' range loops end.

func main() {
	items := make(chan int, 5)
	var producers sync.WaitGroup
	for p := 0; p < 2; p++ {
		producers.Add(1)
		go func(p int) {
			defer producers.Done()
			for i := 0; i < 50; i++ {
				items <- p*1000 + i
			}
		}(p)
	}
	go func() {
		producers.Wait()
		close(items)
	}()

	sums := make(chan int)
	counts := make(chan int)
	for c := 0; c < 3; c++ {
		go func() {
			sum, n := 0, 0
			for v := range items {
				sum += v
				n++
			}
			sums <- sum
			counts <- n
		}()
	}
	total, consumed := 0, 0
	for c := 0; c < 3; c++ {
		total += <-sums
		consumed += <-counts
	}
	fmt.Println("consumed", consumed, "total", total)
	_, ok := <-items
	fmt.Println("channel open:", ok)
}

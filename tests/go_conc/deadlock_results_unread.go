package main

import (
	"fmt"
	"sync"
)

// The classic bug: workers send on an unbuffered results channel, but main waits for the
// WaitGroup before it starts reading. Main is stuck in Wait, every worker in chan send.

func main() {
	results := make(chan int)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			results <- n * n
		}(i)
	}
	wg.Wait()
	close(results)
	for r := range results {
		fmt.Println(r)
	}
}

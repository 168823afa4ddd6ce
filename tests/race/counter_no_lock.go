package main

import (
	"fmt"
	"sync"
)

// RACE: two goroutines increment a shared counter without a lock (counter++ reads, then writes).

func main() {
	counter := 0
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			counter++
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println("done")
}

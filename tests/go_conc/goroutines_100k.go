package main

import (
	"fmt"
	"sync"
)

// 100,000 goroutines at once, each writing its own slot; a WaitGroup waits for all of them.

func main() {
	const n = 100000
	var wg sync.WaitGroup
	results := make([]int32, n)
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func(i int) {
			defer wg.Done()
			results[i] = int32(i % 7)
		}(i)
	}
	wg.Wait()
	sum := 0
	for _, r := range results {
		sum += int(r)
	}
	fmt.Println("goroutines:", n, "sum:", sum)
}

// spawn: start 1,000,000 goroutines that each do a little work, and wait for
// them all with a WaitGroup — the cost of creating and finishing a goroutine.
// Usage: spawn [count]  (default 1000000). Prints a checksum of the results.
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

func main() {
	n := 1000000
	// The size is the last argument when it is a number (interpreters such as yaegi
	// leave their own arguments at the front of os.Args).
	if v, err := strconv.Atoi(os.Args[len(os.Args)-1]); err == nil {
		n = v
	}
	results := make([]int, n) // each goroutine writes only its own element: no race
	var wg sync.WaitGroup
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func(i int) {
			defer wg.Done()
			results[i] = i % 7
		}(i)
	}
	wg.Wait()
	sum := 0
	for _, r := range results {
		sum += r
	}
	fmt.Println(sum)
}

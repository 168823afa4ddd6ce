// mutex: 8 goroutines increment one counter under a sync.Mutex — the cost of a
// contended lock. Usage: mutex [incrementsPerGoroutine]  (default 250000).
// Prints the final counter (8 x increments).
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

const workers = 8

func main() {
	n := 250000
	// The size is the last argument when it is a number (interpreters such as yaegi
	// leave their own arguments at the front of os.Args).
	if v, err := strconv.Atoi(os.Args[len(os.Args)-1]); err == nil {
		n = v
	}
	var mu sync.Mutex
	var wg sync.WaitGroup
	counter := 0
	wg.Add(workers)
	for w := 0; w < workers; w++ {
		go func() {
			defer wg.Done()
			for i := 0; i < n; i++ {
				mu.Lock()
				counter++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(counter)
}

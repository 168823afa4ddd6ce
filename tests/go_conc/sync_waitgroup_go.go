// WaitGroup.Go (Go 1.25): Add(1), then f in a new goroutine, Done when it returns.
// Go 1.19 has no WaitGroup.Go: the expected output was recorded from Go 1.19 running this
// program with each `wg.Go(f)` replaced by `wg.Add(1); go func() { defer wg.Done(); f() }()`.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	squares := make([]int, 10)
	for i := range squares {
		i := i
		wg.Go(func() {
			squares[i] = i * i
		})
	}
	wg.Wait()
	fmt.Println(squares)

	// Done runs even when f panics and the panic is recovered inside f.
	var mu sync.Mutex
	recovered := 0
	for i := 0; i < 3; i++ {
		wg.Go(func() {
			defer func() {
				if recover() != nil {
					mu.Lock()
					recovered++
					mu.Unlock()
				}
			}()
			panic("boom")
		})
	}
	wg.Wait()
	fmt.Println("recovered", recovered)
}

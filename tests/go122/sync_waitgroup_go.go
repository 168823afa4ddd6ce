// WaitGroup.Go (Go 1.25): Add(1), then f in a new goroutine, Done when it returns.
//
// Expected output:
//
//	"[0 1 4 9 16 25 36 49 64 81]"  every f ran before Wait returned (each writes its square)
//	"recovered 3"                  Done also runs when f panics (recovered inside f)
//
// Cross-checked on Go 1.19 with each `wg.Go(f)` replaced by
// `wg.Add(1); go func() { defer wg.Done(); f() }()` (what Go 1.25's Go does).
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

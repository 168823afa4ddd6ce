// counter-atomic: racy-counter.go fixed with sync/atomic. atomic.AddInt64
// performs the read-modify-write as one indivisible step, and atomic
// operations synchronise with each other, so the race detector is satisfied.
// Good for a single counter; use a Mutex when several values change together.
//
// Try: weft --race examples/race/counter-atomic.go
//
// `go run -race` prints no report: only "counter: 1000", exit status 0.
// `weft --race` prints the same: no report, "counter: 1000", exit status 0.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var counter int64
	var wg sync.WaitGroup
	for i := 0; i < 1000; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			atomic.AddInt64(&counter, 1)
		}()
	}
	wg.Wait()
	fmt.Println("counter:", atomic.LoadInt64(&counter))
}

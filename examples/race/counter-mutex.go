// counter-mutex: racy-counter.go fixed with a sync.Mutex. The lock makes each
// counter++ happen as a whole, one goroutine at a time; and each Unlock
// happens before the next Lock, so every goroutine sees the previous write.
//
// Try: weft --race examples/race/counter-mutex.go
//
// `go run -race` prints no report: only "counter: 1000", exit status 0.
// `weft --race` prints the same: no report, "counter: 1000", exit status 0.
package main

import (
	"fmt"
	"sync"
)

func main() {
	counter := 0
	var mu sync.Mutex
	var wg sync.WaitGroup
	for i := 0; i < 1000; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			counter++
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("counter:", counter)
}

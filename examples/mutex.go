// mutex: a counter shared by 1,000 goroutines, protected by a sync.Mutex.
//
// Only one goroutine at a time can hold the lock, so counter++ (a read, an add
// and a write) is never interleaved with another one. The zero value of a
// Mutex is unlocked and ready to use; like a WaitGroup it must not be copied.
// Without the lock the final count would come out short: see examples/race/.
//
// Try: weft examples/mutex.go
package main

import (
	"fmt"
	"sync"
)

// Counter bundles the lock with the data it protects.
type Counter struct {
	mu sync.Mutex
	n  int
}

func (c *Counter) Inc() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
}

func (c *Counter) Value() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n
}

func main() {
	var c Counter
	var wg sync.WaitGroup
	for i := 0; i < 1000; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				c.Inc()
			}
		}()
	}
	wg.Wait()
	fmt.Println("count:", c.Value()) // always 100000
}

// A String method that takes a contended mutex, printed by fmt while goroutines hammer the
// lock: the goroutine in fmt parks inside the String method (Weft unnests the call).
package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *Counter) String() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return fmt.Sprint(c.n)
}

func (c *Counter) inc(key string) {
	c.mu.Lock()
	c.n[key]++
	c.mu.Unlock()
}

func main() {
	c := &Counter{n: map[string]int{}}

	// Deterministic contention: main holds the lock while a goroutine prints.
	c.mu.Lock()
	done := make(chan string)
	go func() { done <- fmt.Sprintf("first: %v", c) }()
	c.n["a"] = 1
	c.n["b"] = 2
	c.mu.Unlock()
	fmt.Println(<-done)

	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			key := fmt.Sprint("k", id)
			for j := 0; j < 3000; j++ {
				c.inc(key)
			}
		}(i)
	}
	printed := 0
	for i := 0; i < 300; i++ {
		s := fmt.Sprintln("counter:", c, "and", c)
		if len(s) > len("counter:") {
			printed++
		}
	}
	wg.Wait()
	fmt.Println("printed", printed)
	fmt.Println(c)
	fmt.Printf("%v|%s|%d\n", c, c, len(c.n))
}

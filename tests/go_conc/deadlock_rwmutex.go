package main

import (
	"fmt"
	"sync"
)

// Taking the write lock while holding the read lock of the same RWMutex waits for itself.

func main() {
	var mu sync.RWMutex
	table := map[string]int{"a": 1}
	mu.RLock()
	if _, ok := table["b"]; !ok {
		fmt.Println("missing b, upgrading the lock")
		mu.Lock() // never granted: this goroutine still holds a read lock
		table["b"] = 2
		mu.Unlock()
	}
	mu.RUnlock()
}

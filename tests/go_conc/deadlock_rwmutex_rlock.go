package main

import (
	"fmt"
	"sync"
)

// A read lock requested while the write lock is held (and never released) blocks in RLock.

func main() {
	var mu sync.RWMutex
	mu.Lock()
	fmt.Println("write lock held")
	mu.RLock()
	fmt.Println("not reached")
}

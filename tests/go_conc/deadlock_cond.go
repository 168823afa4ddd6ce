package main

import (
	"fmt"
	"sync"
)

// Waiting on a sync.Cond that nobody will ever signal.

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	mu.Lock()
	fmt.Println("waiting for ready")
	for !ready {
		cond.Wait()
	}
	mu.Unlock()
}

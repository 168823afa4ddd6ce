package main

import (
	"fmt"
	"sync"
)

// TryLock and TryRLock never block: they report whether they got the lock.

func main() {
	var mu sync.Mutex
	fmt.Println("TryLock on a free mutex:", mu.TryLock())
	fmt.Println("TryLock while held:", mu.TryLock())
	mu.Unlock()

	var rw sync.RWMutex
	rw.RLock()
	fmt.Println("TryRLock beside a reader:", rw.TryRLock())
	fmt.Println("TryLock beside readers:", rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println("TryLock when free:", rw.TryLock())
	fmt.Println("TryRLock beside a writer:", rw.TryRLock())
	rw.Unlock()

	// A held lock seen from another goroutine.
	mu.Lock()
	res := make(chan bool)
	go func() { res <- mu.TryLock() }()
	fmt.Println("other goroutine's TryLock:", <-res)
	mu.Unlock()
}

package main

import (
	"fmt"
	"sync"
)

// Unlocking an unlocked Mutex is a fatal error, not a panic: the deferred recover does not
// stop it.

func main() {
	defer func() {
		fmt.Println("recover sees:", recover())
	}()
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	fmt.Println("locked and unlocked once")
	mu.Unlock()
}

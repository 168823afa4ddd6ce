package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.RWMutex
	mu.RLock()
	mu.RUnlock()
	fmt.Println("one reader came and went")
	mu.RUnlock()
}

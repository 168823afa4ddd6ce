package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.RWMutex
	mu.Lock()
	mu.Unlock()
	fmt.Println("writer came and went")
	mu.Unlock()
}

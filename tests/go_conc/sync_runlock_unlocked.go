package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.RLock()
	rw.RUnlock()
	fmt.Println("runlock again")
	defer func() {
		fmt.Println("not recoverable:", recover())
	}()
	rw.RUnlock()
}

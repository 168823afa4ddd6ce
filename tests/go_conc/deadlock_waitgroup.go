package main

import (
	"fmt"
	"sync"
)

// Add(3) but only two Done calls: Wait never returns. Go reports the deadlock with main
// parked in sync.WaitGroup.Wait.

func main() {
	var wg sync.WaitGroup
	wg.Add(3)
	for i := 0; i < 2; i++ {
		go func() {
			defer wg.Done()
		}()
	}
	fmt.Println("waiting for three workers")
	wg.Wait()
	fmt.Println("not reached")
}

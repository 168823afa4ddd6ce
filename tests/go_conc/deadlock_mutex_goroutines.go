package main

import (
	"fmt"
	"sync"
)

// Lock-order inversion between two goroutines: each holds one mutex and waits for the other.
// The two channels make both first Locks happen before either second Lock.

func main() {
	var a, b sync.Mutex
	var wg sync.WaitGroup
	holdA, holdB := make(chan bool, 1), make(chan bool, 1)
	wg.Add(2)
	go func() {
		defer wg.Done()
		a.Lock()
		holdA <- true
		<-holdB
		b.Lock()
	}()
	go func() {
		defer wg.Done()
		b.Lock()
		holdB <- true
		<-holdA
		a.Lock()
	}()
	fmt.Println("two goroutines take two mutexes in opposite orders")
	wg.Wait()
}

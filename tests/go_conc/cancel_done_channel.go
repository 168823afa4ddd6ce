package main

import (
	"fmt"
	"runtime"
	"sync"
)

// Cancellation without context: closing a done channel tells every goroutine blocked in a
// select to stop. Generators that would run forever all return, and none leaks.

func counter(done <-chan struct{}, start int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := start; ; i++ {
			select {
			case out <- i:
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	a, b := counter(done, 0), counter(done, 1000)
	sum := 0
	for i := 0; i < 5; i++ {
		sum += <-a + <-b
	}
	fmt.Println("sum of first five pairs:", sum)

	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-done
		}()
	}
	close(done)
	wg.Wait()
	// The generators notice the close; their channels get closed on the way out (a value
	// or two may still come out first: select picks among ready cases at random).
	for range a {
	}
	for range b {
	}
	fmt.Println("both generators closed their channels")
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println("goroutines left:", runtime.NumGoroutine())
}

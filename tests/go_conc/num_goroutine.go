package main

import (
	"fmt"
	"runtime"
	"sync"
)

// runtime.NumGoroutine counts the live goroutines, main included.

func main() {
	fmt.Println("at start:", runtime.NumGoroutine())
	release := make(chan struct{})
	var started sync.WaitGroup
	for i := 0; i < 10; i++ {
		started.Add(1)
		go func() {
			started.Done()
			<-release
		}()
	}
	started.Wait()
	fmt.Println("with ten blocked:", runtime.NumGoroutine())
	close(release)
	// Exited goroutines disappear from the count; wait for that without sleeping.
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println("after release:", runtime.NumGoroutine())
	fmt.Println("GOMAXPROCS at least 1:", runtime.GOMAXPROCS(0) >= 1)
}

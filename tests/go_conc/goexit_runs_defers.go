package main

import (
	"fmt"
	"runtime"
	"sync"
)

// runtime.Goexit ends only the calling goroutine, after running its deferred calls; code
// after it does not run, and the rest of the program carries on.

func main() {
	var wg sync.WaitGroup
	events := make(chan string, 10)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() { events <- "deferred ran" }()
		func() {
			events <- "before Goexit"
			runtime.Goexit()
		}()
		events <- "not reached"
	}()
	wg.Wait()
	close(events)
	for e := range events {
		fmt.Println(e)
	}
	fmt.Println("main continues")
}

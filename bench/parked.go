// parked: 200,000 goroutines all blocked receiving from one channel — the
// memory a parked goroutine costs (run.py reports the peak RSS). Then one
// close wakes them all. Usage: parked [count]  (default 200000).
// Prints how many goroutines woke up.
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

func main() {
	n := 200000
	// The size is the last argument when it is a number (interpreters such as yaegi
	// leave their own arguments at the front of os.Args).
	if v, err := strconv.Atoi(os.Args[len(os.Args)-1]); err == nil {
		n = v
	}
	gate := make(chan struct{})
	woke := make(chan int, n)
	var started sync.WaitGroup
	started.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			started.Done()
			<-gate // parks here until close(gate)
			woke <- 1
		}()
	}
	started.Wait()
	close(gate)
	total := 0
	for i := 0; i < n; i++ {
		total += <-woke
	}
	fmt.Println(total)
}

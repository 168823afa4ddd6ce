package main

import (
	"fmt"
	"sync"
)

// RACE, then a panic: the report is printed, the program exits with status 2 as any panic
// does, without the "Found N data race(s)" line.

var total int

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		total = 10
		wg.Done()
	}()
	total = 20
	wg.Wait()
	fmt.Println("about to panic")
	panic("after the race")
}

package main

import (
	"fmt"
	"os"
	"sync"
)

// RACE, then os.Exit(3): the report is printed but the exit status stays 3, and there is no
// "Found N data race(s)" line.

var hits int

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		hits = 1
		wg.Done()
	}()
	hits = 2
	wg.Wait()
	fmt.Println("exiting with 3")
	os.Exit(3)
}

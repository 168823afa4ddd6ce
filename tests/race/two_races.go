package main

import (
	"fmt"
	"sync"
)

// RACES on two different variables: two reports, "Found 2 data race(s)".

type stats struct {
	reads  int
	writes int
}

func main() {
	var s stats
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		s.reads = 1
		s.writes = 1
		wg.Done()
	}()
	r := s.reads
	w := s.writes
	wg.Wait()
	fmt.Println(r+w >= 0)
}

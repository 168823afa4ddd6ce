package main

import (
	"fmt"
	"sync"
)

// RACES on two fields, run with GORACE=halt_on_error=1 (gorace_halt_on_error.env): the
// program stops at the first report with status 66, without a "Found" line.

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

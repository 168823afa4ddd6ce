package main

import (
	"fmt"
	"sync"
)

// RACE: a goroutine and main each write one key of the same map without synchronisation.
// The race detector treats the whole map as one variable, as Go does.

func main() {
	m := map[string]int{}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		m["goroutine"] = 1
		wg.Done()
	}()
	m["main"] = 2
	wg.Wait()
	fmt.Println(len(m))
}

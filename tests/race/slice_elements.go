package main

import (
	"fmt"
	"sync"
)

// RACE: two goroutines write the same slice element; writes to distinct elements do not race.

func fill(s []int, from, to, v int, wg *sync.WaitGroup) {
	for i := from; i < to; i++ {
		s[i] = v
	}
	wg.Done()
}

func main() {
	s := make([]int, 10)
	var wg sync.WaitGroup
	wg.Add(2)
	go fill(s, 0, 6, 1, &wg) // elements 0-5
	go func() {
		s[5] = 2 // element 5 again
		wg.Done()
	}()
	wg.Wait()
	fmt.Println(len(s))
}

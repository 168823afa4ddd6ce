package main

import (
	"fmt"
	"sync"
)

type job struct {
	id     int
	result int
}

func collatz(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	// One goroutine per slot; Wait returns after every Done.
	var wg sync.WaitGroup
	results := make([]int, 50)
	for i := range results {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = collatz(i + 1)
		}(i)
	}
	wg.Wait()
	fmt.Println(results)

	// Add with a count, Done from nested goroutines, Wait from several goroutines at once.
	var inner, outer sync.WaitGroup
	jobs := make([]job, 8)
	inner.Add(len(jobs))
	for i := range jobs {
		go func(j *job, i int) {
			j.id = i
			j.result = collatz(27 + i)
			inner.Done()
		}(&jobs[i], i)
	}
	waiters := make([]bool, 4)
	for w := range waiters {
		outer.Add(1)
		go func(w int) {
			defer outer.Done()
			inner.Wait()
			waiters[w] = true
		}(w)
	}
	outer.Wait()
	fmt.Println(jobs, waiters)

	// A WaitGroup is reusable once Wait has returned; Wait on a zero counter returns at once.
	var empty sync.WaitGroup
	empty.Wait()
	total := 0
	var mu sync.Mutex
	for round := 1; round <= 3; round++ {
		wg.Add(round)
		for k := 0; k < round; k++ {
			go func(k int) {
				defer wg.Done()
				mu.Lock()
				total += k + 1
				mu.Unlock()
			}(k)
		}
		wg.Wait()
		fmt.Println("round", round, "total", total)
	}

	// A negative counter panics with a string.
	defer func() {
		r := recover()
		s, ok := r.(string)
		fmt.Println("recovered:", s, ok)
	}()
	var bad sync.WaitGroup
	bad.Add(1)
	bad.Done()
	bad.Done()
}

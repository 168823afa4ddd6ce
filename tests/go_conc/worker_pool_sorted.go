package main

import (
	"fmt"
	"sort"
	"sync"
)

type job struct{ id, n int }
type result struct {
	id     int
	worker int
	value  int
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
	jobs := make(chan job)
	results := make(chan result)
	var wg sync.WaitGroup
	for w := 1; w <= 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for j := range jobs {
				results <- result{j.id, w, collatz(j.n)}
			}
		}(w)
	}
	go func() {
		for i := 0; i < 20; i++ {
			jobs <- job{i, i*7 + 1}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []result
	perWorker := map[int]int{}
	for r := range results {
		all = append(all, r)
		perWorker[r.worker]++
	}
	sort.Slice(all, func(i, j int) bool { return all[i].id < all[j].id })
	for _, r := range all {
		fmt.Print(r.value, " ")
	}
	fmt.Println()
	total := 0
	for _, c := range perWorker {
		total += c
	}
	fmt.Println(len(all), total)
}

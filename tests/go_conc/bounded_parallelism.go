package main

import (
	"fmt"
	"sort"
	"sync"
)

// Bounded parallelism: a buffered channel of capacity 4 is a counting semaphore; at most four
// tasks run at once. Tasks record the peak concurrency they saw under a mutex.

type summary struct {
	name string
	sum  int
}

func main() {
	const limit = 4
	sem := make(chan struct{}, limit)
	var mu sync.Mutex
	active, peak := 0, 0
	var wg sync.WaitGroup
	results := make(chan summary, 30)
	for i := 0; i < 30; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			mu.Lock()
			active++
			if active > peak {
				peak = active
			}
			mu.Unlock()
			s := 0
			for k := 0; k <= i*100; k++ {
				s += k
			}
			mu.Lock()
			active--
			mu.Unlock()
			results <- summary{fmt.Sprintf("task%02d", i), s}
		}(i)
	}
	wg.Wait()
	close(results)
	var all []summary
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(a, b int) bool { return all[a].name < all[b].name })
	for _, r := range all[:5] {
		fmt.Println(r.name, r.sum)
	}
	fmt.Println("tasks:", len(all), "peak within limit:", peak >= 1 && peak <= limit,
		"active at end:", active, "semaphore empty:", len(sem) == 0)
}

// concurrency-vs-parallelism: the same CPU-bound work done by 1 worker and by
// several workers.
//
// Concurrency is dealing with several tasks at once (interleaving them);
// parallelism is doing several at the same instant (on several cores).
// Goroutines give concurrency; the runtime gives parallelism when it has more
// than one thread to run them on (GOMAXPROCS, by default the number of cores).
//
// Try it both ways:
//
//	weft examples/concurrency-vs-parallelism.go
//	GOMAXPROCS=1 weft examples/concurrency-vs-parallelism.go
//
// With GOMAXPROCS=1 the 4 workers still run concurrently, but take turns on a
// single thread, so they finish no sooner than 1 worker doing everything.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

// work is a deliberately slow, CPU-bound count of the primes below n.
func work(from, to int) int {
	count := 0
	for n := from; n < to; n++ {
		if n < 2 {
			continue
		}
		prime := true
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				prime = false
				break
			}
		}
		if prime {
			count++
		}
	}
	return count
}

// run splits [0, limit) into one range per worker and adds up the results.
func run(workers, limit int) (int, time.Duration) {
	start := time.Now()
	results := make([]int, workers) // each worker writes only its own slot
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			results[w] = work(w*limit/workers, (w+1)*limit/workers)
		}(w)
	}
	wg.Wait()
	total := 0
	for _, r := range results {
		total += r
	}
	return total, time.Since(start)
}

func main() {
	const limit = 2000000
	fmt.Println("threads available (GOMAXPROCS):", runtime.GOMAXPROCS(0))
	for _, workers := range []int{1, 4} {
		primes, took := run(workers, limit)
		fmt.Printf("%d worker(s): %d primes below %d in %v\n",
			workers, primes, limit, took.Round(time.Millisecond))
	}
}

// concurrency-vs-parallelism: the same CPU-bound work, split over 4 goroutines,
// run first on 1 worker thread and then on several.
//
// Concurrency is dealing with several tasks at once (interleaving them);
// parallelism is doing several at the same instant (on several cores).
// Goroutines give concurrency; the runtime gives parallelism when it has more
// than one thread to run them on. runtime.GOMAXPROCS(n) sets how many threads
// may run goroutines at once (the default is the number of cores; the
// GOMAXPROCS environment variable and `weft -p N` set it too).
//
// With 1 thread the 4 goroutines still all make progress, taking turns, so
// they finish no sooner than one goroutine doing everything. With 2 or more
// threads they really run at the same time, and the wall time drops (on a
// machine with one core the two times are about the same). Timings vary from
// run to run; the prime count never does.
//
// Try: weft examples/concurrency-vs-parallelism.go
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

// countPrimes is a deliberately slow, CPU-bound count of the primes in [from, to).
func countPrimes(from, to int) int {
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

// split counts the primes below limit with one goroutine per quarter of the range.
func split(limit int) (int, time.Duration) {
	const parts = 4
	start := time.Now()
	results := make([]int, parts) // each goroutine writes only its own slot
	var wg sync.WaitGroup
	for p := 0; p < parts; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			results[p] = countPrimes(p*limit/parts, (p+1)*limit/parts)
		}(p)
	}
	wg.Wait()
	total := 0
	for _, r := range results {
		total += r
	}
	return total, time.Since(start)
}

func main() {
	const limit = 300000
	threads := runtime.NumCPU()
	if threads < 2 {
		threads = 2
	}

	previous := runtime.GOMAXPROCS(1) // concurrency only: one thread
	primes, oneThread := split(limit)
	fmt.Printf("1 thread:  %d primes below %d in %v\n", primes, limit, oneThread.Round(time.Millisecond))

	runtime.GOMAXPROCS(threads) // concurrency and parallelism
	primes, many := split(limit)
	fmt.Printf("%d threads: %d primes below %d in %v\n", threads, primes, limit, many.Round(time.Millisecond))
	fmt.Printf("speed-up: %.1fx on %d cores\n", float64(oneThread)/float64(many), runtime.NumCPU())

	runtime.GOMAXPROCS(previous)
}

package main

import (
	"fmt"
	"runtime"
	"sync"
)

// runtime.GOMAXPROCS(n) sets the number of worker threads and returns the previous value;
// GOMAXPROCS(0) only reads it. Goroutines keep working across changes.

func main() {
	initial := runtime.GOMAXPROCS(0)
	fmt.Println("initial at least 1:", initial >= 1, "NumCPU at least 1:", runtime.NumCPU() >= 1)
	prev := runtime.GOMAXPROCS(3)
	fmt.Println("previous was the initial value:", prev == initial)
	fmt.Println("now:", runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	sums := make([]int, 6)
	for g := 0; g < 6; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i <= 1000*g; i++ {
				sums[g] += i
			}
		}(g)
		if g == 2 {
			runtime.GOMAXPROCS(1)
		}
	}
	wg.Wait()
	fmt.Println(sums)
	fmt.Println("back to 1 from:", runtime.GOMAXPROCS(initial) == 1)
}

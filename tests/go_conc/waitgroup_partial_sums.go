package main

import (
	"fmt"
	"sync"
)

func main() {
	const workers = 8
	nums := make([]int, 10000)
	for i := range nums {
		nums[i] = i + 1
	}
	partial := make([]int, workers)
	var wg sync.WaitGroup
	chunk := len(nums) / workers
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for _, n := range nums[w*chunk : (w+1)*chunk] {
				partial[w] += n
			}
		}(w)
	}
	wg.Wait()
	total := 0
	for _, p := range partial {
		total += p
	}
	fmt.Println(partial)
	fmt.Println(total)
}

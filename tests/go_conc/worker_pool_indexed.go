package main

import (
	"fmt"
	"sync"
)

// A fixed pool of workers reads jobs from a buffered channel; each writes its result into its
// own slot of a slice, so no lock is needed and the output is in job order.

type job struct {
	index int
	text  string
}

func score(s string) int {
	h := 0
	for _, r := range s {
		h = h*31 + int(r)
	}
	return h % 1000
}

func main() {
	words := []string{"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
		"iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi"}
	jobs := make(chan job, len(words))
	results := make([]int, len(words))
	handled := make([]int, 3)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for j := range jobs {
				results[j.index] = score(j.text)
				handled[w]++
			}
		}(w)
	}
	for i, word := range words {
		jobs <- job{i, word}
	}
	close(jobs)
	wg.Wait()
	for i, word := range words {
		fmt.Printf("%-8s %3d\n", word, results[i])
	}
	fmt.Println("jobs handled:", handled[0]+handled[1]+handled[2])
}

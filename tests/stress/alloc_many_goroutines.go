package main

import "fmt"

// Not racy: 16 goroutines allocate at once (maps, slices, strings, closures, linked lists) so
// the collector must run while every worker is busy. The output is deterministic.

type tree struct {
	left, right *tree
}

func build(d int) *tree {
	if d == 0 {
		return &tree{}
	}
	return &tree{build(d - 1), build(d - 1)}
}

func (t *tree) count() int {
	if t.left == nil {
		return 1
	}
	return 1 + t.left.count() + t.right.count()
}

func work(seed int) int {
	total := 0
	for round := 0; round < 20; round++ {
		m := map[string][]int{}
		for i := 0; i < 200; i++ {
			k := fmt.Sprint("k", (i+seed)%37)
			m[k] = append(m[k], i)
		}
		total += len(m)
		total += build(8).count()
		f := func(x int) int { return x + seed }
		total += f(round) - seed
	}
	return total
}

func main() {
	results := make(chan int)
	for g := 0; g < 16; g++ {
		go func(g int) { results <- work(g) }(g)
	}
	sum := 0
	for g := 0; g < 16; g++ {
		sum += <-results
	}
	fmt.Println("sum", sum)
}

package main

import (
	"fmt"
	"sort"
	"sync"
)

// Fan-out: several goroutines read from the same channel. Fan-in: one merge function
// multiplexes their outputs onto one channel, closed when every input is done.

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

func merge(cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int)
	output := func(c <-chan int) {
		for n := range c {
			out <- n
		}
		wg.Done()
	}
	wg.Add(len(cs))
	for _, c := range cs {
		go output(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	in := gen(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)
	c1, c2, c3 := sq(in), sq(in), sq(in)
	var got []int
	for n := range merge(c1, c2, c3) {
		got = append(got, n)
	}
	sort.Ints(got)
	fmt.Println(got)
	total := 0
	for _, n := range got {
		total += n
	}
	fmt.Println("sum of squares:", total)
}

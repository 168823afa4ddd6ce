package main

import (
	"fmt"
	"strings"
	"sync"
)

func gen(done <-chan struct{}, nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			select {
			case out <- n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func sq(done <-chan struct{}, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			select {
			case out <- n * n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func merge(done <-chan struct{}, cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int)
	output := func(c <-chan int) {
		defer wg.Done()
		for n := range c {
			select {
			case out <- n:
			case <-done:
				return
			}
		}
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

type Stage func(string) string

func pipeline(input []string, stages ...Stage) []string {
	ch := make(chan string)
	go func() {
		for _, s := range input {
			ch <- s
		}
		close(ch)
	}()
	var cur <-chan string = ch
	for _, st := range stages {
		next := make(chan string)
		go func(in <-chan string, out chan<- string, f Stage) {
			for v := range in {
				out <- f(v)
			}
			close(out)
		}(cur, next, st)
		cur = next
	}
	var res []string
	for v := range cur {
		res = append(res, v)
	}
	return res
}

func main() {
	done := make(chan struct{})
	in := gen(done, 1, 2, 3, 4, 5, 6)
	c1 := sq(done, in)
	c2 := sq(done, in)
	sum := 0
	for v := range merge(done, c1, c2) {
		sum += v
	}
	fmt.Println("sum of squares:", sum)
	close(done)

	done2 := make(chan struct{})
	out := sq(done2, gen(done2, 2, 3, 4, 5))
	fmt.Println(<-out, <-out)
	close(done2)

	res := pipeline([]string{"go", "weft", "chan"}, strings.ToUpper, func(s string) string { return s + "!" }, func(s string) string { return "<" + s + ">" })
	fmt.Println(res)

	results := make(chan string)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			results <- fmt.Sprintf("worker %d", id)
		}(i)
	}
	go func() { wg.Wait(); close(results) }()
	count := 0
	for range results {
		count++
	}
	fmt.Println("got", count)
	var v, ok = <-results
	fmt.Printf("%q %v\n", v, ok)
	bc := make(chan int, 3)
	bc <- 1
	bc <- 2
	fmt.Println(len(bc), cap(bc))
	close(bc)
	for x := range bc {
		fmt.Print(x, " ")
	}
	fmt.Println()
	errc := make(chan error, 3)
	for i := 0; i < 3; i++ {
		go func(i int) {
			if i == 1 {
				errc <- fmt.Errorf("task %d failed", i)
				return
			}
			errc <- nil
		}(i)
	}
	var firstErr error
	for i := 0; i < 3; i++ {
		if err := <-errc; err != nil && firstErr == nil {
			firstErr = err
		}
	}
	fmt.Println("first error:", firstErr)
}

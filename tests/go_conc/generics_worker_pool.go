package main

import (
	"fmt"
	"sort"
	"sync"
)

// A generic worker pool: jobs and results travel over chan T / chan R between goroutines.

type Result[T, R any] struct {
	In  T
	Out R
}

func Pool[T, R any](workers int, jobs []T, work func(T) R) []Result[T, R] {
	in := make(chan T)
	out := make(chan Result[T, R], len(jobs))
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range in {
				out <- Result[T, R]{j, work(j)}
			}
		}()
	}
	for _, j := range jobs {
		in <- j
	}
	close(in)
	wg.Wait()
	close(out)
	var results []Result[T, R]
	for r := range out {
		results = append(results, r)
	}
	return results
}

func Pipeline[T any](src []T, stages ...func(T) T) <-chan T {
	ch := make(chan T)
	go func() {
		defer close(ch)
		for _, v := range src {
			ch <- v
		}
	}()
	var cur <-chan T = ch
	for _, st := range stages {
		next := make(chan T)
		go func(in <-chan T, f func(T) T) {
			defer close(next)
			for v := range in {
				next <- f(v)
			}
		}(cur, st)
		cur = next
	}
	return cur
}

type SafeMap[K comparable, V any] struct {
	mu sync.Mutex
	m  map[K]V
}

func (s *SafeMap[K, V]) Update(k K, f func(V) V) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.m == nil {
		s.m = make(map[K]V)
	}
	s.m[k] = f(s.m[k])
}

func main() {
	rs := Pool(3, []int{1, 2, 3, 4, 5, 6}, func(n int) string { return fmt.Sprint(n * n) })
	sort.Slice(rs, func(i, j int) bool { return rs[i].In < rs[j].In })
	fmt.Println(rs)
	fmt.Printf("%T\n", rs[0])
	lens := Pool(2, []string{"a", "bbb", "cc"}, func(s string) int { return len(s) })
	total := 0
	for _, r := range lens {
		total += r.Out
	}
	fmt.Println(len(lens), total)

	for v := range Pipeline([]int{1, 2, 3}, func(x int) int { return x + 1 }, func(x int) int { return x * 10 }) {
		fmt.Print(v, " ")
	}
	fmt.Println()

	var sm SafeMap[string, int]
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			sm.Update([]string{"even", "odd"}[i%2], func(n int) int { return n + i })
		}(i)
	}
	wg.Wait()
	fmt.Println(sm.m["even"], sm.m["odd"])
}

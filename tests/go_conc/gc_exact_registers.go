// Goroutines allocate while the collector runs; pointers travel through registers that the
// same functions also use for ints (block-scoped variables, call windows whose arguments are
// ints and results pointers), through channels (a receiver parked on an unbuffered channel
// gets the pointer written into its register while it waits), select, and deferred calls that
// allocate while a panicking frame waits below them (named results must survive).
package main

import (
	"fmt"
	"sync"
)

type node struct {
	val  int
	next *node
	pad  [6]int
}

func mk(n int) *node {
	var h *node
	for i := 0; i < n; i++ {
		h = &node{val: i, next: h}
	}
	return h
}

func sum(h *node) int {
	s := 0
	for ; h != nil; h = h.next {
		s += h.val
	}
	return s
}

// Registers reused: q's register holds a pointer, then i and t (ints).
func reuse(n int) int {
	t := 0
	{
		q := mk(n)
		t += sum(q)
	}
	for i := 0; i < n; i++ {
		t += i
		if i%64 == 0 {
			t += sum(mk(8)) % 7
		}
	}
	return t
}

func churn(k int) int {
	t := 0
	for i := 0; i < k; i++ {
		s := make([]int, 16)
		s[3] = i
		t += s[3] % 3
	}
	return t
}

// A panic in the middle of building: the deferred call allocates (collections happen while
// this frame waits below it), then recovers; res and its list must be intact.
func risky(n int) (res *node, err error) {
	defer func() {
		if r := recover(); r != nil {
			churn(100000)
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	res = mk(n)
	var m map[string]int
	if n%2 == 1 {
		m["boom"] = 1 // assignment to entry in nil map
	}
	return res, nil
}

func producer(id int, out chan<- *node, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < 2000; i++ {
		out <- mk(10 + (i+id)%5)
	}
}

func main() {
	const workers = 6
	ch := make(chan *node)
	sel := make(chan *node)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go producer(w, ch, &wg)
	}
	go func() {
		for i := 0; i < 3000; i++ {
			sel <- mk(3)
		}
		close(sel)
	}()
	go func() { wg.Wait(); close(ch) }()

	results := make(chan int)
	for c := 0; c < 3; c++ {
		go func(c int) {
			t := 0
			for h := range ch {
				t += sum(h)
				t += churn(50) % 2
			}
			results <- t
		}(c)
	}
	selTotal := 0
	for open := true; open; {
		select {
		case h, ok := <-sel:
			if !ok {
				open = false
				break
			}
			selTotal += sum(h)
			churn(100)
		}
	}
	total := 0
	for c := 0; c < 3; c++ {
		total += <-results
	}
	fmt.Println("channels:", total, selTotal)

	var mu sync.Mutex
	acc := 0
	var wg2 sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg2.Add(1)
		go func(g int) {
			defer wg2.Done()
			r := reuse(500 + g)
			res, err := risky(50 + g)
			s := sum(res)
			mu.Lock()
			acc += r + s
			if err != nil {
				acc += len(err.Error())
			}
			mu.Unlock()
		}(g)
	}
	wg2.Wait()
	fmt.Println("goroutines:", acc)
}

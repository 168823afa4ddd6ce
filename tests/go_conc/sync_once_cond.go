package main

import (
	"fmt"
	"sync"
)

type config struct{ values map[string]string }

var (
	once     sync.Once
	instance *config
	inits    int
)

func get() *config {
	once.Do(func() {
		inits++
		instance = &config{values: map[string]string{"mode": "fast"}}
	})
	return instance
}

type queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []int
	done  bool
}

func newQueue() *queue {
	q := &queue{}
	q.cond = sync.NewCond(&q.mu)
	return q
}

func (q *queue) put(v int) {
	q.mu.Lock()
	q.items = append(q.items, v)
	q.mu.Unlock()
	q.cond.Signal()
}

func (q *queue) close() {
	q.mu.Lock()
	q.done = true
	q.mu.Unlock()
	q.cond.Broadcast()
}

// take blocks until an item is there or the queue is closed.
func (q *queue) take() (int, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.done {
		q.cond.Wait()
	}
	if len(q.items) == 0 {
		return 0, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, true
}

func main() {
	var wg sync.WaitGroup
	ptrs := make([]*config, 10)
	for i := range ptrs {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			ptrs[i] = get()
		}(i)
	}
	wg.Wait()
	same := true
	for _, p := range ptrs {
		same = same && p == ptrs[0]
	}
	fmt.Println(inits, same, get().values["mode"])

	// A panicking f counts as done.
	var o sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		o.Do(func() { panic("first call fails") })
	}()
	called := false
	o.Do(func() { called = true })
	fmt.Println("called again:", called)

	// Cond: consumers wait for items; Broadcast releases them at the end.
	q := newQueue()
	sums := make([]int, 3)
	counts := make([]int, 3)
	for c := 0; c < 3; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			for {
				v, ok := q.take()
				if !ok {
					return
				}
				sums[c] += v
				counts[c]++
			}
		}(c)
	}
	for v := 1; v <= 100; v++ {
		q.put(v)
	}
	q.close()
	wg.Wait()
	fmt.Println(sums[0]+sums[1]+sums[2], counts[0]+counts[1]+counts[2])

	// Broadcast wakes every waiter.
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := 0
	released := false
	var started sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		started.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			ready++
			started.Done()
			for !released {
				cond.Wait()
			}
			mu.Unlock()
		}()
	}
	started.Wait()
	mu.Lock()
	released = true
	fmt.Println("waiting:", ready)
	mu.Unlock()
	cond.Broadcast()
	wg.Wait()
	fmt.Println("all released")
}

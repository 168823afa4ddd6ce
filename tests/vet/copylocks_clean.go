package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// Nothing here copies a lock: pointers, fresh values, embedded interfaces and pointers.
type counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *counter) inc(k string) {
	c.mu.Lock()
	c.n[k]++
	c.mu.Unlock()
}

func newCounter() *counter { return &counter{n: map[string]int{}} }

type locked struct{ sync.Locker }
type shared struct{ *sync.Mutex }

func zero() counter { return counter{} }

func main() {
	c := newCounter()
	c.inc("a")
	p := &c.mu
	_ = p
	var wg sync.WaitGroup
	wgs := []*sync.WaitGroup{&wg}
	_ = len(wgs)
	l := locked{&sync.Mutex{}}
	l2 := l
	s := shared{&sync.Mutex{}}
	s2 := s
	_, _ = l2, s2
	z := zero()
	_ = z.n
	var n atomic.Int64
	q := &n
	fmt.Println(q.Add(2), c.n["a"])
	var arr [2]sync.Mutex
	_ = len(arr)
	pm := new(sync.Mutex)
	_ = pm
}

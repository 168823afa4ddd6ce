package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type T struct {
	mu sync.Mutex
	n  int
}

type W struct {
	wg [2]sync.WaitGroup
}

func (t T) Value() int { return t.n }

func f(mu sync.Mutex) {}

func g(wg sync.WaitGroup, ts ...T) T {
	var t T
	return t
}

func main() {
	var mu sync.Mutex
	mu2 := mu
	var mu3 = mu
	t := T{}
	t2 := t
	p := &t
	t3 := *p
	f(mu)
	fmt.Println(t2.n, t3.n, mu2, mu3)
	ts := []T{t, *p}
	for _, x := range ts {
		_ = x
	}
	var i atomic.Int64
	j := i
	_ = j
	var w W
	w2 := w
	_ = w2
	s := struct{ m sync.RWMutex }{}
	s2 := s
	_ = s2
	fn := func(o sync.Once) {}
	fn(sync.Once{})
	var c sync.Cond
	c2 := c
	_ = c2
	var m sync.Map
	m2 := m
	_ = m2
	_ = g
	var x, y = t, 1
	_, _ = x, y
	var arr [3]sync.Mutex
	a2 := arr
	_ = a2
}

package main

import (
	"fmt"
	"sync"
)

type guarded struct {
	mu sync.RWMutex
	n  int
}

func (g guarded) Count() int     { return g.n }
func (g *guarded) Inc()          { g.mu.Lock(); g.n++; g.mu.Unlock() }
func (guarded) Describe() string { return "guarded" }

var global guarded
var copied = global

func pair() (guarded, error) {
	var g guarded
	return g, nil
}

func fromPtr(p *guarded) guarded {
	return *p
}

func main() {
	gs := make([]guarded, 2)
	gs[0] = global
	var i interface{} = global
	_ = i
	f := guarded.Count
	fmt.Println(f(global), guarded.Count(gs[1]))
	m := global.Count
	_ = m
	defer global.Inc()
	ch := make(chan guarded, 1)
	ch <- global
	var arr [2]guarded
	for i := range arr {
		_ = i
	}
	for k, v := range map[guarded]int{} {
		_, _ = k, v
	}
	x, err := pair()
	_, _ = x, err
	_ = fromPtr(&global)
	func() {
		local := *(&global)
		_ = local
	}()
}

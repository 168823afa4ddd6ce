package main

import (
	"sync"
	"sync/atomic"
)

type inner struct {
	wg sync.WaitGroup
}

type outer struct {
	name  string
	parts [2][3]inner
}

type tagged struct {
	f  func(int) string
	ch chan<- int
	m  map[string][]int
	s  struct {
		x  int `weft:"x"`
		rw sync.RWMutex
	}
}

type gauge struct {
	v atomic.Uint32
}

func use(args ...interface{}) {}

func main() {
	var o outer
	o2 := o
	var t tagged
	t2 := t
	var g gauge
	g2 := g
	type local struct{ once sync.Once }
	var l local
	l2 := l
	var c sync.Cond
	var m sync.Map
	use(o2, t2, g2, l2, c, m)
	var av atomic.Value
	av2 := av
	use(av2)
	var bs [4]atomic.Bool
	bs2 := bs
	use(bs2[0])
	ps := []*inner{{}}
	for _, p := range ps {
		use(*p)
	}
	ch := make(chan inner)
	go func() { ch <- inner{} }()
	x := <-ch
	use(x.wg)
}

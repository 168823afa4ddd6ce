package main

import "sync"

type T struct {
	sync.Mutex
	f   func(a int) string
	tag int `weft:"x y"`
	b   []byte
}

type L struct{ sync.Locker }
type P struct{ *sync.Mutex }

func h() (T, error) { return T{}, nil }

func main() {
	m := map[int]sync.Mutex{}
	v, ok := m[1]
	_, _ = v, ok
	ch := make(chan sync.Mutex, 1)
	x, ok2 := <-ch
	_, _ = x, ok2
	var i interface{} = 1
	y, ok3 := i.(sync.Mutex)
	_, _ = y, ok3
	var once sync.Once
	func(o sync.Once) {}(once)
	func(o sync.Once) { _ = o }(once)
	var t T
	t2 := t
	_ = t2
	var l L
	l2 := l
	var p P
	p2 := p
	_, _ = l2, p2
	z := (T{})
	_ = z
	ts := []T{t}
	ts = append(ts, t)
	var k, ok4 = m[2]
	_, _ = k, ok4
	var arr [2]T
	for i, a := range arr {
		_, _ = i, a
	}
	var a2 T
	for _, a2 = range arr {
		_ = a2
	}
	go func(t T) {}(t)
	defer func(t T) {}(t)
	_ = T(t)
	type U T
	_ = U(t)
	var ms [2]sync.Mutex
	_ = ms[0]
	pp := &ms
	_ = pp[1]
	_ = *pp
}

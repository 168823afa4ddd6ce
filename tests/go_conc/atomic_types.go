package main

import (
	"errors"
	"fmt"
	"sync/atomic"
)

type config struct {
	name  string
	limit int
}

type stats struct {
	hits   atomic.Int64
	misses atomic.Int32
	bytes  atomic.Uint64
	gen    atomic.Uint32
	ptr    atomic.Uintptr
	ready  atomic.Bool
}

func main() {
	var s stats
	fmt.Println(s.hits.Load(), s.misses.Load(), s.bytes.Load(), s.gen.Load(), s.ready.Load())
	fmt.Println(s.hits.Add(10), s.hits.Add(-3), s.hits.Load())
	fmt.Println(s.misses.Add(-1), s.misses.Swap(40), s.misses.Load())
	fmt.Println(s.bytes.Add(1<<63), s.bytes.Add(1<<63), s.bytes.Load())
	fmt.Println(s.gen.Add(^uint32(0)), s.gen.CompareAndSwap(4294967295, 1), s.gen.Load())
	s.ptr.Store(12)
	fmt.Println(s.ptr.Add(1), s.ptr.Swap(3), s.ptr.CompareAndSwap(3, 4), s.ptr.Load())
	s.hits.Store(100)
	fmt.Println(s.hits.CompareAndSwap(100, 200), s.hits.CompareAndSwap(100, 300), s.hits.Load())
	fmt.Println(s.ready.Swap(true), s.ready.Load(), s.ready.CompareAndSwap(false, true),
		s.ready.CompareAndSwap(true, false), s.ready.Load())
	s.ready.Store(true)
	fmt.Println(s.ready.Load())

	p := &stats{}
	p.misses.Store(-5)
	fmt.Println(p.misses.Load(), p.misses.Add(5))

	// Value.
	var v atomic.Value
	fmt.Println(v.Load() == nil)
	v.Store(config{"a", 1})
	c := v.Load().(config)
	fmt.Println(c.name, c.limit)
	old := v.Swap(config{"b", 2})
	fmt.Println(old.(config).name, v.Load().(config).name)
	fmt.Println(v.CompareAndSwap(config{"a", 1}, config{"c", 3}), v.Load().(config).name)
	fmt.Println(v.CompareAndSwap(config{"b", 2}, config{"c", 3}), v.Load().(config).name)

	var w atomic.Value
	fmt.Println(w.Swap(1), w.Load())
	var z atomic.Value
	fmt.Println(z.CompareAndSwap(5, 6), z.CompareAndSwap(nil, 6), z.Load())

	var e atomic.Value
	e.Store(errors.New("boom"))
	fmt.Println(e.Load())

	tryPanic("store nil", func() { var v atomic.Value; v.Store(nil) })
	tryPanic("store mixed", func() { var v atomic.Value; v.Store(1); v.Store("x") })
	tryPanic("swap nil", func() { var v atomic.Value; v.Swap(nil) })
	tryPanic("swap mixed", func() { var v atomic.Value; v.Store(1); v.Swap(2.5) })
	tryPanic("cas nil", func() { var v atomic.Value; v.CompareAndSwap(1, nil) })
	tryPanic("cas args", func() { var v atomic.Value; v.CompareAndSwap(1, "x") })
	tryPanic("cas mixed", func() { var v atomic.Value; v.Store(1); v.CompareAndSwap("a", "b") })
	tryPanic("cas uncomparable", func() {
		var v atomic.Value
		v.Store([]int{1})
		v.CompareAndSwap([]int{1}, []int{2})
	})
	tryPanic("nil pointer", func() {
		var p *int64
		atomic.AddInt64(p, 1)
	})
}

func tryPanic(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Println(name+":", "error:", err)
			return
		}
		fmt.Println(name+":", r)
	}()
	f()
}

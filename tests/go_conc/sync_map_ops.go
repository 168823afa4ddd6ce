package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 10; i++ {
				m.Store(g*10+i, fmt.Sprint("v", g*10+i))
			}
		}(g)
	}
	wg.Wait()
	v, ok := m.Load(42)
	fmt.Println(v, ok)
	v, ok = m.Load(1000)
	fmt.Println(v, ok)

	actual, loaded := m.LoadOrStore(42, "other")
	fmt.Println(actual, loaded)
	actual, loaded = m.LoadOrStore("new", 3.5)
	fmt.Println(actual, loaded)

	v, loaded = m.LoadAndDelete(7)
	fmt.Println(v, loaded)
	v, loaded = m.LoadAndDelete(7)
	fmt.Println(v, loaded)
	m.Delete(8)
	m.Delete("missing")

	// Range in sorted order (map order is random).
	var keys []int
	n := 0
	m.Range(func(k, v any) bool {
		n++
		if i, ok := k.(int); ok {
			keys = append(keys, i)
		}
		return true
	})
	sort.Ints(keys)
	fmt.Println(n, len(keys), keys[:5], keys[len(keys)-1])

	// Stopping early.
	visited := 0
	m.Range(func(k, v any) bool {
		visited++
		return visited < 3
	})
	fmt.Println(visited)

	// Range may modify the map.
	m.Range(func(k, v any) bool {
		if i, ok := k.(int); ok && i >= 10 {
			m.Delete(k)
		}
		return true
	})
	left := 0
	m.Range(func(k, v any) bool { left++; return true })
	fmt.Println(left)

	// Keys of any comparable type; a zero Map is empty.
	var z sync.Map
	z.Range(func(k, v any) bool { panic("empty map") })
	type point struct{ x, y int }
	z.Store(point{1, 2}, "p")
	z.Store([2]string{"a", "b"}, "arr")
	fmt.Println(z.Load(point{1, 2}))
	fmt.Println(z.Load([2]string{"a", "b"}))
}

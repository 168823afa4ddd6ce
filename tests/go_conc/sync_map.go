package main

import (
	"fmt"
	"sort"
	"sync"
)

// sync.Map used by many goroutines: LoadOrStore keeps the first value stored for a key.

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	var mu sync.Mutex
	firsts := 0
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := 0; k < 20; k++ {
				_, loaded := m.LoadOrStore(k, k*k)
				if !loaded {
					mu.Lock()
					firsts++
					mu.Unlock()
				}
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("keys stored first time:", firsts)
	v, ok := m.Load(7)
	fmt.Println(v, ok)
	m.Delete(7)
	_, ok = m.Load(7)
	fmt.Println("after Delete:", ok)
	var keys []int
	sum := 0
	m.Range(func(k, v any) bool {
		keys = append(keys, k.(int))
		sum += v.(int)
		return true
	})
	sort.Ints(keys)
	fmt.Println(len(keys), keys[:3], sum)
	old, loaded := m.LoadAndDelete(3)
	fmt.Println(old, loaded)
}

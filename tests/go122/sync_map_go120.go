// sync.Map's Go 1.20 methods: Swap, CompareAndSwap, CompareAndDelete.
//
// Expected output:
//
//	"<nil> false"      Swap on a missing key: no previous value, not loaded
//	"1 true 2"         Swap on a present key returns the previous value; the new one is stored
//	"false true 3"     CompareAndSwap fails when the value differs, succeeds when it is equal
//	"false 3"          CompareAndSwap on a missing key never stores
//	"false true false" CompareAndDelete: wrong value, right value, then the key is gone
//	"true 10"          concurrent CompareAndSwap increments: none lost (10 goroutines)
//
// Cross-checked on Go 1.19 with the three methods written as functions over a Mutex and a map
// (Go 1.19's Map has none of them).
package main

import (
	"fmt"
	"sync"
)

func main() {
	var m sync.Map
	fmt.Println(m.Swap("a", 1))
	prev, loaded := m.Swap("a", 2)
	now, _ := m.Load("a")
	fmt.Println(prev, loaded, now)

	bad := m.CompareAndSwap("a", 1, 3)
	good := m.CompareAndSwap("a", 2, 3)
	now, _ = m.Load("a")
	fmt.Println(bad, good, now)

	missing := m.CompareAndSwap("b", nil, 4)
	now, _ = m.Load("a")
	fmt.Println(missing, now)

	d1 := m.CompareAndDelete("a", 2)
	d2 := m.CompareAndDelete("a", 3)
	_, still := m.Load("a")
	fmt.Println(d1, d2, still)

	m.Store("n", 0)
	var wg sync.WaitGroup
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				v, _ := m.Load("n")
				if m.CompareAndSwap("n", v, v.(int)+1) {
					return
				}
			}
		}()
	}
	wg.Wait()
	n, ok := m.Load("n")
	fmt.Println(ok, n)
}

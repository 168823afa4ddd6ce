package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var hits int64
	var maxSeen int64
	var wg sync.WaitGroup
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func(g int64) {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				atomic.AddInt64(&hits, 1)
			}
			for {
				cur := atomic.LoadInt64(&maxSeen)
				if g <= cur || atomic.CompareAndSwapInt64(&maxSeen, cur, g) {
					break
				}
			}
		}(int64(g))
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&hits), atomic.LoadInt64(&maxSeen))
	var flag int32
	fmt.Println(atomic.CompareAndSwapInt32(&flag, 0, 1), atomic.CompareAndSwapInt32(&flag, 0, 1), flag)
}

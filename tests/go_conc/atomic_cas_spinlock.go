package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

// A spin lock built from CompareAndSwap, yielding with Gosched while it waits, protects a
// plain counter; atomic.Int64 and atomic.Value in the same program.

type spinLock struct{ state int32 }

func (l *spinLock) Lock() {
	for !atomic.CompareAndSwapInt32(&l.state, 0, 1) {
		runtime.Gosched()
	}
}

func (l *spinLock) Unlock() { atomic.StoreInt32(&l.state, 0) }

func main() {
	var lock spinLock
	counter := 0
	var ops atomic.Int64
	var last atomic.Value
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				lock.Lock()
				counter++
				lock.Unlock()
				ops.Add(1)
			}
			last.Store(fmt.Sprintf("worker %d", g))
		}(g)
	}
	wg.Wait()
	fmt.Println("counter", counter, "ops", ops.Load())
	s, _ := last.Load().(string)
	fmt.Println("a worker stored last:", len(s) > 0)
	var flag atomic.Bool
	fmt.Println(flag.Load(), flag.CompareAndSwap(false, true), flag.Load())
	var u atomic.Uint32
	u.Store(10)
	fmt.Println(u.Swap(3), u.Add(4))
}

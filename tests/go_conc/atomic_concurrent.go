package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type snapshot struct {
	version int
	values  []int
}

func main() {
	var wg sync.WaitGroup
	var hits atomic.Int64
	var small int32
	var wraps uint32
	var maxSeen atomic.Int32
	var spin atomic.Bool
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func(g int32) {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				hits.Add(1)
				atomic.AddInt32(&small, -1)
				atomic.AddUint32(&wraps, 1<<20)
			}
			for {
				cur := maxSeen.Load()
				if g <= cur || maxSeen.CompareAndSwap(cur, g) {
					break
				}
			}
			spin.CompareAndSwap(false, true)
		}(int32(g))
	}
	wg.Wait()
	fmt.Println(hits.Load(), small, wraps, maxSeen.Load(), spin.Load())

	// A spin lock built on CompareAndSwap guards a plain counter.
	var lock int32
	counter := 0
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				for !atomic.CompareAndSwapInt32(&lock, 0, 1) {
				}
				counter++
				atomic.StoreInt32(&lock, 0)
			}
		}()
	}
	wg.Wait()
	fmt.Println(counter)

	// Readers of an atomic.Value always see a complete snapshot.
	var cfg atomic.Value
	cfg.Store(snapshot{0, []int{0, 0, 0}})
	var torn atomic.Int32
	var readers sync.WaitGroup
	stop := make(chan struct{})
	for r := 0; r < 4; r++ {
		readers.Add(1)
		go func() {
			defer readers.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				s := cfg.Load().(snapshot)
				for _, v := range s.values {
					if v != s.version {
						torn.Add(1)
					}
				}
			}
		}()
	}
	for v := 1; v <= 200; v++ {
		cfg.Store(snapshot{v, []int{v, v, v}})
	}
	close(stop)
	readers.Wait()
	fmt.Println(cfg.Load().(snapshot).version, torn.Load())

	// Swap hands each value to exactly one taker.
	var slot atomic.Int64
	taken := make([]int64, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 1; i <= 100; i++ {
				taken[g] += slot.Swap(int64(g*100 + i))
			}
		}(g)
	}
	wg.Wait()
	var total int64
	for _, t := range taken {
		total += t
	}
	total += slot.Load()
	fmt.Println(total == 800*801/2)
}

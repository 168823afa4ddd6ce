// A String method spins until another goroutine has finished allocating a lot (many
// collections): on any number of workers the collector's stop-the-world must be able to stop
// the goroutine looping inside fmt.
package main

import (
	"fmt"
	"sync/atomic"
)

type waiter struct{ done *int32 }

func (w waiter) String() string {
	spins := 0
	for atomic.LoadInt32(w.done) == 0 {
		spins++
	}
	return "allocator finished"
}

type node struct {
	next *node
	data [8]int
}

func main() {
	var done int32
	var kept *node
	go func() {
		for i := 0; i < 300000; i++ {
			n := &node{next: kept}
			n.data[0] = i
			if i%1000 == 0 {
				kept = n
			}
		}
		atomic.StoreInt32(&done, 1)
	}()
	fmt.Println(waiter{&done})
	count := 0
	for n := kept; n != nil; n = n.next {
		count++
	}
	fmt.Println(count)
}

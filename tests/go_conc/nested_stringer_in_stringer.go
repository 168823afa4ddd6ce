// Stringers inside Stringers that block: an outer String method calls fmt on inner values
// whose String methods receive from channels; fmt also prints several blocking values in one
// call, so calls made before a blocking one are replayed.
package main

import (
	"fmt"
	"sync"
)

type Inner struct {
	name string
	ch   chan int
}

func (in *Inner) String() string {
	v := <-in.ch
	return fmt.Sprintf("%s=%d", in.name, v)
}

type Outer struct {
	mu     sync.Mutex
	inners []*Inner
	calls  int
}

func (o *Outer) String() string {
	o.mu.Lock()
	o.calls++
	o.mu.Unlock()
	return fmt.Sprint("outer", o.inners)
}

func main() {
	a := &Inner{"a", make(chan int)}
	b := &Inner{"b", make(chan int)}
	o := &Outer{inners: []*Inner{a, b}}
	go func() {
		for i := 1; i <= 3; i++ {
			a.ch <- i
			b.ch <- 10 * i
		}
	}()
	fmt.Println(o, a, b)
	fmt.Println("outer String calls:", o.calls)
	s := fmt.Sprintf("%v %v", a, b)
	fmt.Println(s)
}

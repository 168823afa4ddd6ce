// The main goroutine blocks forever inside a String method called by fmt.Println: Go reports
// the deadlock with the goroutine parked in sync.Mutex.Lock inside String.
package main

import (
	"fmt"
	"sync"
)

type Locked struct {
	mu sync.Mutex
	v  int
}

func (l *Locked) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return fmt.Sprint("v=", l.v)
}

func main() {
	l := &Locked{v: 7}
	fmt.Println("before:", l)
	l.mu.Lock()
	fmt.Println("after:", l)
}

// A String method with a 50M-iteration loop while another goroutine must make progress: the
// loop inside fmt is preempted like any other code, so the helper's work (which the String
// method waits for at the end) gets done even on one worker.
package main

import (
	"fmt"
	"sync/atomic"
)

type Slow struct {
	progress *int64
}

func (s Slow) String() string {
	sum := 0
	for i := 0; i < 50000000; i++ {
		sum += i & 7
	}
	// The helper goroutine only got to run if this loop was preempted.
	for atomic.LoadInt64(s.progress) < 1000 {
	}
	return fmt.Sprint("sum=", sum, " progress>=1000")
}

func main() {
	var progress int64
	go func() {
		for i := 0; i < 1000; i++ {
			atomic.AddInt64(&progress, 1)
		}
	}()
	fmt.Println(Slow{&progress})
}

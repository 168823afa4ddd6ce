// runtime.Goexit inside a String method called by fmt: the method's and its callers' deferred
// calls run and the goroutine ends (fmt prints nothing), also when the method blocked first.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type quitter struct {
	wait chan bool
	log  *[]string
	mu   *sync.Mutex
}

func (q quitter) String() string {
	defer q.note("String's defer")
	if q.wait != nil {
		<-q.wait
	}
	runtime.Goexit()
	return "unreachable"
}

func (q quitter) note(s string) {
	q.mu.Lock()
	*q.log = append(*q.log, s)
	q.mu.Unlock()
}

func main() {
	var log []string
	var mu sync.Mutex
	var wg sync.WaitGroup
	for _, blocking := range []bool{false, true} {
		q := quitter{log: &log, mu: &mu}
		if blocking {
			q.wait = make(chan bool)
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer q.note("goroutine's defer")
			fmt.Println("never printed", q)
			q.note("after Println")
		}()
		if blocking {
			q.wait <- true
		}
		wg.Wait()
		fmt.Println(blocking, log)
		log = nil
	}
}

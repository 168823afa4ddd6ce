// A String method that waits on a WaitGroup for workers to finish their results.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Results struct {
	wg  sync.WaitGroup
	mu  sync.Mutex
	out []string
}

func (r *Results) String() string {
	r.wg.Wait()
	r.mu.Lock()
	defer r.mu.Unlock()
	sort.Strings(r.out)
	return strings.Join(r.out, ",")
}

func main() {
	r := &Results{}
	start := make(chan bool)
	for i := 0; i < 5; i++ {
		r.wg.Add(1)
		go func(i int) {
			defer r.wg.Done()
			<-start
			r.mu.Lock()
			r.out = append(r.out, fmt.Sprint("w", i))
			r.mu.Unlock()
		}(i)
	}
	go func() { close(start) }()
	fmt.Println("results:", r)
	fmt.Println(fmt.Sprint(r) == r.String())
}

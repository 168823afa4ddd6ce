package main

import (
	"fmt"
	"sort"
	"sync"
)

type cache struct {
	mu   sync.RWMutex
	data map[string]int
}

func (c *cache) get(k string) (int, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[k]
	return v, ok
}

func (c *cache) put(k string, v int) {
	c.mu.Lock()
	c.data[k] = v
	c.mu.Unlock()
}

func main() {
	c := &cache{data: map[string]int{}}
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 25; i++ {
				c.put(fmt.Sprintf("k%02d", w*25+i), w*100+i)
			}
		}(w)
	}
	hits := make([]int, 8)
	for r := 0; r < 8; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				if _, ok := c.get(fmt.Sprintf("k%02d", i)); ok {
					hits[r]++
				}
			}
		}(r)
	}
	wg.Wait()
	keys := make([]string, 0, len(c.data))
	for k := range c.data {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(len(keys), keys[0], keys[99], c.data["k42"])

	// Readers share, writers exclude.
	var rw sync.RWMutex
	fmt.Println(rw.TryRLock(), rw.TryRLock(), rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println(rw.TryLock(), rw.TryRLock(), rw.TryLock())
	rw.Unlock()

	// RLocker.
	l := rw.RLocker()
	l.Lock()
	fmt.Println(rw.TryRLock(), rw.TryLock())
	rw.RUnlock()
	l.Unlock()
	fmt.Println(rw.TryLock())
	rw.Unlock()

	// A writer waits for the readers; readers that come later wait for the writer.
	rw.RLock()
	events := make(chan string, 4)
	writerIn := make(chan bool)
	go func() {
		rw.Lock()
		events <- "writer"
		rw.Unlock()
		writerIn <- true
	}()
	events <- "reader done"
	rw.RUnlock()
	<-writerIn
	rw.RLock()
	events <- "second reader"
	rw.RUnlock()
	close(events)
	for e := range events {
		fmt.Println(e)
	}
}

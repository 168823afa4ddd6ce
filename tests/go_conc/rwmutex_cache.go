package main

import (
	"fmt"
	"sort"
	"sync"
)

// A cache guarded by an RWMutex: lookups take the read lock (many at once), a miss upgrades
// by taking the write lock and checking again (another goroutine may have filled the entry).

type Cache struct {
	mu       sync.RWMutex
	data     map[int]int
	computes int
}

func (c *Cache) Get(k int) int {
	c.mu.RLock()
	v, ok := c.data[k]
	c.mu.RUnlock()
	if ok {
		return v
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.data[k]; ok {
		return v
	}
	v = k * k * k
	c.data[k] = v
	c.computes++
	return v
}

func (c *Cache) Len() int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return len(c.data)
}

func main() {
	c := &Cache{data: map[int]int{}}
	var wg sync.WaitGroup
	sums := make([]int, 16)
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				sums[g] += c.Get((g + i) % 25)
			}
		}(g)
	}
	wg.Wait()
	total := 0
	for _, s := range sums {
		total += s
	}
	keys := make([]int, 0, c.Len())
	for k := range c.data {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println("entries", c.Len(), "computed once each:", c.computes == c.Len())
	fmt.Println("first keys", keys[:5], "total", total)
}

package main

import (
	"fmt"
	"sort"
	"sync"
)

type Cache struct {
	mu   sync.RWMutex
	data map[string]int
	once sync.Once
	init int
}

func (c *Cache) setup() {
	c.once.Do(func() {
		c.init++
		c.data = map[string]int{"seed": 1}
	})
}

func (c *Cache) Get(k string) (int, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[k]
	return v, ok
}

func (c *Cache) Set(k string, v int) {
	c.mu.Lock()
	c.data[k] = v
	c.mu.Unlock()
}

func main() {
	c := &Cache{}
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c.setup()
			c.Set(fmt.Sprintf("k%02d", i), i*i)
			c.Get("seed")
		}(i)
	}
	wg.Wait()
	fmt.Println("init ran", c.init, "times")
	keys := make([]string, 0)
	for k := range c.data {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(len(keys), keys[:3], keys[len(keys)-1])
	v, ok := c.Get("k07")
	fmt.Println(v, ok)
}

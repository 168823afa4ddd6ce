// rwmutex: many readers, one writer, with a sync.RWMutex.
//
// RLock lets any number of readers in at once; Lock waits until there are no
// readers and no writer, then keeps everybody else out while the writer
// changes the data. Good when reads are frequent and writes rare.
//
// Try: weft examples/rwmutex.go
package main

import (
	"fmt"
	"sync"
)

// Prices is a price list read by many goroutines and updated by one.
type Prices struct {
	mu     sync.RWMutex
	prices map[string]int
}

func (p *Prices) Get(item string) int {
	p.mu.RLock() // shared: other readers may hold it too
	defer p.mu.RUnlock()
	return p.prices[item]
}

func (p *Prices) Set(item string, price int) {
	p.mu.Lock() // exclusive: no reader or writer at the same time
	defer p.mu.Unlock()
	p.prices[item] = price
}

func main() {
	p := &Prices{prices: map[string]int{"tea": 3, "coffee": 4}}
	var wg sync.WaitGroup

	// One writer raises the prices 10 times.
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 1; i <= 10; i++ {
			p.Set("tea", 3+i)
			p.Set("coffee", 4+i)
		}
	}()

	// 20 readers each read both prices 1,000 times. Each reader sees whole
	// updates of each price, never a half-written map.
	reads := make([]int, 20)
	for r := 0; r < 20; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				if p.Get("tea") > 0 && p.Get("coffee") > 0 {
					reads[r]++
				}
			}
		}(r)
	}
	wg.Wait()

	total := 0
	for _, n := range reads {
		total += n
	}
	fmt.Println("reads:", total)
	fmt.Println("final prices: tea", p.Get("tea"), "coffee", p.Get("coffee"))
}

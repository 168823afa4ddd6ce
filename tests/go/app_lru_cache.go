package main

import (
	"fmt"
	"strings"
)

type entry struct {
	key        string
	value      int
	prev, next *entry
}

type LRU struct {
	cap        int
	items      map[string]*entry
	head, tail *entry // head = most recent
	hits, miss int
	evicted    []string
}

func NewLRU(capacity int) *LRU {
	return &LRU{cap: capacity, items: make(map[string]*entry)}
}

func (c *LRU) unlink(e *entry) {
	if e.prev != nil {
		e.prev.next = e.next
	} else {
		c.head = e.next
	}
	if e.next != nil {
		e.next.prev = e.prev
	} else {
		c.tail = e.prev
	}
	e.prev, e.next = nil, nil
}

func (c *LRU) pushFront(e *entry) {
	e.next = c.head
	if c.head != nil {
		c.head.prev = e
	}
	c.head = e
	if c.tail == nil {
		c.tail = e
	}
}

func (c *LRU) Get(key string) (int, bool) {
	e, ok := c.items[key]
	if !ok {
		c.miss++
		return 0, false
	}
	c.hits++
	c.unlink(e)
	c.pushFront(e)
	return e.value, true
}

func (c *LRU) Put(key string, value int) {
	if e, ok := c.items[key]; ok {
		e.value = value
		c.unlink(e)
		c.pushFront(e)
		return
	}
	if len(c.items) == c.cap {
		old := c.tail
		c.unlink(old)
		delete(c.items, old.key)
		c.evicted = append(c.evicted, old.key)
	}
	e := &entry{key: key, value: value}
	c.items[key] = e
	c.pushFront(e)
}

func (c *LRU) String() string {
	var parts []string
	for e := c.head; e != nil; e = e.next {
		parts = append(parts, fmt.Sprintf("%s=%d", e.key, e.value))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	c := NewLRU(3)
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	fmt.Println(c)
	fmt.Println(c.Get("a"))
	c.Put("d", 4)
	fmt.Println(c)
	fmt.Println(c.Get("b"))
	c.Put("c", 30)
	c.Put("e", 5)
	fmt.Println(c)
	for i := 0; i < 10; i++ {
		key := string(rune('a' + i%5))
		if _, ok := c.Get(key); !ok {
			c.Put(key, i)
		}
	}
	fmt.Println(c, len(c.items))
	fmt.Println("hits", c.hits, "misses", c.miss, "evicted", c.evicted)
}

package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

type SafeCounter struct {
	mu sync.Mutex
	v  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.v[key]++
}

func (c *SafeCounter) Value(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.v[key]
}

type Cache struct {
	mu   sync.RWMutex
	data map[int]int
	hits int64
	miss int64
}

func (c *Cache) Get(k int, compute func(int) int) int {
	c.mu.RLock()
	v, ok := c.data[k]
	c.mu.RUnlock()
	if ok {
		atomic.AddInt64(&c.hits, 1)
		return v
	}
	atomic.AddInt64(&c.miss, 1)
	v = compute(k)
	c.mu.Lock()
	c.data[k] = v
	c.mu.Unlock()
	return v
}

func producer(id int, n int, out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < n; i++ {
		out <- fmt.Sprintf("p%d-%d", id, i)
	}
}

type result struct {
	idx int
	val int
	err error
}

func process(items []int) ([]int, error) {
	res := make(chan result)
	for i, it := range items {
		go func(i, it int) {
			if it < 0 {
				res <- result{i, 0, fmt.Errorf("item %d: negative value %d", i, it)}
				return
			}
			res <- result{i, it * it, nil}
		}(i, it)
	}
	out := make([]int, len(items))
	var errs []error
	for range items {
		r := <-res
		if r.err != nil {
			errs = append(errs, r.err)
			continue
		}
		out[r.idx] = r.val
	}
	if len(errs) > 0 {
		sort.Slice(errs, func(i, j int) bool { return errs[i].Error() < errs[j].Error() })
		msg := ""
		for _, e := range errs {
			msg += e.Error() + "; "
		}
		return out, errors.New(msg)
	}
	return out, nil
}

func rateLimited(reqs []int) []int {
	limiter := time.NewTicker(time.Millisecond)
	defer limiter.Stop()
	var got []int
	for _, r := range reqs {
		<-limiter.C
		got = append(got, r)
	}
	return got
}

func main() {
	c := SafeCounter{v: make(map[string]int)}
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c.Inc("key")
			if i%2 == 0 {
				c.Inc("even")
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(c.Value("key"), c.Value("even"))

	cache := &Cache{data: map[int]int{}}
	var wg2 sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg2.Add(1)
		go func(i int) {
			defer wg2.Done()
			cache.Get(i%5, func(k int) int { return k * 100 })
		}(i)
	}
	wg2.Wait()
	total := cache.hits + cache.miss
	fmt.Println(len(cache.data), total, cache.Get(3, nil))

	out := make(chan string, 100)
	var pwg sync.WaitGroup
	for p := 0; p < 3; p++ {
		pwg.Add(1)
		go producer(p, 4, out, &pwg)
	}
	pwg.Wait()
	close(out)
	var all []string
	for s := range out {
		all = append(all, s)
	}
	sort.Strings(all)
	fmt.Println(len(all), all[0], all[len(all)-1])

	vals, err := process([]int{1, 2, 3})
	fmt.Println(vals, err)
	vals, err = process([]int{1, -2, 3, -4})
	fmt.Println(vals, err)

	fmt.Println(rateLimited([]int{1, 2, 3}))

	done := make(chan struct{})
	var ticks int32
	go func() {
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				atomic.AddInt32(&ticks, 1)
			}
		}
	}()
	for atomic.LoadInt32(&ticks) < 3 {
		time.Sleep(time.Millisecond)
	}
	close(done)
	fmt.Println("ticker stopped after >= 3 ticks")

	timer := time.NewTimer(time.Hour)
	fmt.Println("stopped:", timer.Stop())
	fired := make(chan bool)
	t2 := time.AfterFunc(time.Millisecond, func() { fmt.Println("afterfunc fired"); fired <- true })
	<-fired
	fmt.Println("stop after fire:", t2.Stop())

	var once sync.Once
	cfg := map[string]string{}
	load := func() {
		once.Do(func() {
			cfg["env"] = "prod"
			fmt.Println("config loaded")
		})
	}
	var lw sync.WaitGroup
	for i := 0; i < 5; i++ {
		lw.Add(1)
		go func() { defer lw.Done(); load() }()
	}
	lw.Wait()
	fmt.Println(cfg)

	sem := make(chan struct{}, 3)
	var running, peak int32
	var sw sync.WaitGroup
	for i := 0; i < 12; i++ {
		sw.Add(1)
		go func() {
			defer sw.Done()
			sem <- struct{}{}
			n := atomic.AddInt32(&running, 1)
			for {
				p := atomic.LoadInt32(&peak)
				if n <= p || atomic.CompareAndSwapInt32(&peak, p, n) {
					break
				}
			}
			time.Sleep(time.Millisecond)
			atomic.AddInt32(&running, -1)
			<-sem
		}()
	}
	sw.Wait()
	fmt.Println("peak <= 3:", peak <= 3)

	results := make([]int, 5)
	var rw sync.WaitGroup
	for i := range results {
		rw.Add(1)
		go func(i int) {
			defer rw.Done()
			results[i] = i * i
		}(i)
	}
	rw.Wait()
	fmt.Println(results)

	cond := sync.NewCond(&sync.Mutex{})
	ready := false
	var cw sync.WaitGroup
	var woke int32
	for i := 0; i < 3; i++ {
		cw.Add(1)
		go func() {
			defer cw.Done()
			cond.L.Lock()
			for !ready {
				cond.Wait()
			}
			cond.L.Unlock()
			atomic.AddInt32(&woke, 1)
		}()
	}
	time.Sleep(2 * time.Millisecond)
	cond.L.Lock()
	ready = true
	cond.Broadcast()
	cond.L.Unlock()
	cw.Wait()
	fmt.Println("woke", woke)
}

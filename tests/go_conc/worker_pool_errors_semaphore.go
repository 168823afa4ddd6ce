package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

type Job struct {
	ID   int
	Data string
}

type Result struct {
	JobID int
	Len   int
	Err   error
}

var ErrBad = errors.New("bad job")

func worker(id int, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup, processed *int64) {
	defer wg.Done()
	for j := range jobs {
		atomic.AddInt64(processed, 1)
		if j.Data == "" {
			results <- Result{j.ID, 0, fmt.Errorf("job %d: %w", j.ID, ErrBad)}
			continue
		}
		time.Sleep(time.Millisecond)
		results <- Result{JobID: j.ID, Len: len(j.Data)}
	}
}

func main() {
	jobs := make(chan Job, 10)
	results := make(chan Result, 10)
	var wg sync.WaitGroup
	var processed int64
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg, &processed)
	}
	data := []string{"alpha", "", "gamma", "delta", "", "zeta", "eta", "theta"}
	go func() {
		for i, d := range data {
			jobs <- Job{i, d}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []Result
	var errs []error
	for r := range results {
		if r.Err != nil {
			errs = append(errs, r.Err)
			continue
		}
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].JobID < all[j].JobID })
	for _, r := range all {
		fmt.Printf("%+v\n", r)
	}
	sort.Slice(errs, func(i, j int) bool { return errs[i].Error() < errs[j].Error() })
	for _, e := range errs {
		fmt.Println(e, errors.Is(e, ErrBad))
	}
	fmt.Println("processed", atomic.LoadInt64(&processed))

	// semaphore
	sem := make(chan struct{}, 2)
	var mu sync.Mutex
	active, maxActive := 0, 0
	var wg2 sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg2.Add(1)
		go func(i int) {
			defer wg2.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			mu.Lock()
			active++
			if active > maxActive {
				maxActive = active
			}
			mu.Unlock()
			time.Sleep(2 * time.Millisecond)
			mu.Lock()
			active--
			mu.Unlock()
		}(i)
	}
	wg2.Wait()
	fmt.Println("max active <= 2:", maxActive <= 2, maxActive > 0)

	// once
	var once sync.Once
	var initCount int32
	var wg3 sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg3.Add(1)
		go func() {
			defer wg3.Done()
			once.Do(func() { atomic.AddInt32(&initCount, 1) })
		}()
	}
	wg3.Wait()
	fmt.Println("init count", initCount)

	// timeout select
	slow := make(chan string)
	go func() {
		time.Sleep(5 * time.Second)
		slow <- "late"
	}()
	select {
	case v := <-slow:
		fmt.Println(v)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout")
	}
	// ticker stop
	ticker := time.NewTicker(2 * time.Millisecond)
	ticks := 0
	for range ticker.C {
		ticks++
		if ticks == 3 {
			ticker.Stop()
			break
		}
	}
	fmt.Println("ticks:", ticks)
	var cnt atomic.Int64
	var wg4 sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg4.Add(1)
		go func() { defer wg4.Done(); cnt.Add(2) }()
	}
	wg4.Wait()
	fmt.Println(cnt.Load())
}

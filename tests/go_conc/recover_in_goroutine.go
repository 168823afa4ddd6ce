package main

import (
	"fmt"
	"sort"
	"sync"
)

// Each worker recovers its own panics and reports them as errors; the program goes on.
// A goroutine cannot recover a panic of another goroutine, so the recover must be inside it.

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var lines []string
	for i := -2; i <= 2; i++ {
		wg.Add(1)
		go func(d int) {
			defer wg.Done()
			q, err := safeDiv(12, d)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				lines = append(lines, fmt.Sprintf("12/%d: %v", d, err))
			} else {
				lines = append(lines, fmt.Sprintf("12/%d = %d", d, q))
			}
		}(i)
	}
	wg.Wait()
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}

	// recover returns the panic value of a runtime error as a runtime.Error.
	errs := make(chan error)
	go func() {
		defer func() { errs <- recover().(error) }()
		var a []int
		_ = a[3]
	}()
	fmt.Println(<-errs)
}

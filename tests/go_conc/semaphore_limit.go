package main

import (
	"fmt"
	"sync"
)

func main() {
	const limit = 3
	sem := make(chan struct{}, limit)
	var mu sync.Mutex
	running, maxRunning, done := 0, 0, 0
	var wg sync.WaitGroup
	for i := 0; i < 12; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			mu.Lock()
			running++
			if running > maxRunning {
				maxRunning = running
			}
			mu.Unlock()
			x := 0
			for k := 0; k < 10000; k++ {
				x += k
			}
			mu.Lock()
			running--
			done++
			mu.Unlock()
			<-sem
		}()
	}
	wg.Wait()
	fmt.Println("done", done, "within limit", maxRunning <= limit, "running", running)
}

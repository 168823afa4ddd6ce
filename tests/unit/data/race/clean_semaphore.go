package main

import "fmt"

// A buffered channel of capacity 1 used as a lock, and per-goroutine slots joined by receives.
func main() {
	sem := make(chan struct{}, 1)
	count := 0
	parts := make([]int, 8)
	done := make(chan int)
	for i := 0; i < 8; i++ {
		go func(i int) {
			sem <- struct{}{}
			count++
			<-sem
			parts[i] = i
			done <- i
		}(i)
	}
	for i := 0; i < 8; i++ {
		<-done
	}
	sum := 0
	for _, p := range parts {
		sum += p
	}
	m := map[string][]int{}
	for i := 0; i < 3; i++ {
		m["k"] = append(m["k"], i)
	}
	res := make(chan map[string][]int)
	go func() {
		m["k"][0] = 9
		res <- m
	}()
	m2 := <-res
	fmt.Println(count, sum, m2["k"])
}

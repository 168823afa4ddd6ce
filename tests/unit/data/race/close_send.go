package main

import "time"

// The goroutine sends; main closes later, ordered only by time.Sleep (no synchronisation).
func main() {
	ch := make(chan int, 10)
	go func() {
		ch <- 1
	}()
	time.Sleep(100 * time.Millisecond)
	close(ch)
	for range ch {
	}
}

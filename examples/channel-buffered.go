// channel-buffered: a buffered channel is a queue. Sends succeed without a
// receiver until the buffer is full; receives succeed while it is not empty.
//
// Try: weft examples/channel-buffered.go
package main

import "fmt"

func main() {
	queue := make(chan string, 3) // room for 3 values

	// No other goroutine here: with an unbuffered channel the first send would
	// deadlock, but these three fit in the buffer.
	queue <- "first"
	queue <- "second"
	queue <- "third"
	fmt.Println("queued:", len(queue), "of", cap(queue))

	fmt.Println(<-queue) // FIFO: first in, first out
	queue <- "fourth"    // there is room again
	for len(queue) > 0 {
		fmt.Println(<-queue)
	}

	// A buffered channel as a semaphore: at most 2 workers inside at a time.
	slots := make(chan struct{}, 2)
	done := make(chan int)
	for i := 1; i <= 5; i++ {
		go func(id int) {
			slots <- struct{}{} // take a slot (waits while 2 are taken)
			work := id * id
			<-slots // give it back
			done <- work
		}(i)
	}
	sum := 0
	for i := 0; i < 5; i++ {
		sum += <-done
	}
	fmt.Println("sum of squares:", sum)
}

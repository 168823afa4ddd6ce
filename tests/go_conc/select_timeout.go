package main

import (
	"fmt"
	"time"
)

// Timeouts with select and time.After: an operation that never answers loses to a short
// timeout; one that answers at once wins against a generous timeout.

func never() <-chan string {
	return make(chan string) // nobody ever sends
}

func quick(v string) <-chan string {
	ch := make(chan string, 1)
	go func() { ch <- v }()
	return ch
}

func main() {
	select {
	case v := <-never():
		fmt.Println("unexpected", v)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timed out waiting for never()")
	}

	select {
	case v := <-quick("fast answer"):
		fmt.Println("got", v)
	case <-time.After(10 * time.Second):
		fmt.Println("timed out (should not happen)")
	}

	// A loop with a per-iteration timeout that ends when the producer closes the channel.
	data := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			data <- i
		}
		close(data)
	}()
	for {
		select {
		case v, ok := <-data:
			if !ok {
				fmt.Println("producer done")
				return
			}
			fmt.Println("value", v)
		case <-time.After(10 * time.Second):
			fmt.Println("stalled (should not happen)")
			return
		}
	}
}

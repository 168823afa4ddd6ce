// select: wait on several channel operations at once and take whichever is
// ready first. A `case <-time.After(d)` gives up after a timeout; a `default`
// case makes the select not wait at all.
//
// Try: weft examples/select.go
package main

import (
	"fmt"
	"time"
)

// slowAnswer answers after the given delay.
func slowAnswer(delay time.Duration) <-chan string {
	ch := make(chan string, 1) // buffered: the sender never gets stuck if nobody listens
	go func() {
		time.Sleep(delay)
		ch <- fmt.Sprintf("answer after %v", delay)
	}()
	return ch
}

func main() {
	// Timeout: the answer comes in time, then it does not.
	for _, delay := range []time.Duration{10 * time.Millisecond, 500 * time.Millisecond} {
		select {
		case msg := <-slowAnswer(delay):
			fmt.Println(msg)
		case <-time.After(100 * time.Millisecond):
			fmt.Println("timed out waiting", delay)
		}
	}

	// Default: a non-blocking receive and a non-blocking send.
	messages := make(chan string, 1)
	select {
	case m := <-messages:
		fmt.Println("got", m)
	default:
		fmt.Println("no message waiting")
	}
	messages <- "hi"
	select {
	case messages <- "again":
		fmt.Println("sent")
	default:
		fmt.Println("buffer full, not sending")
	}

	// Two producers, one consumer: select takes from whichever is ready.
	fast, slow := make(chan int), make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			fast <- i
		}
		close(fast)
	}()
	go func() {
		time.Sleep(50 * time.Millisecond)
		slow <- 100
	}()
	got := 0
	for fast != nil || slow != nil {
		select {
		case v, ok := <-fast:
			if !ok {
				fast = nil // a nil channel is never ready: this case is now off
				continue
			}
			got += v
		case v := <-slow:
			got += v
			slow = nil
		}
	}
	fmt.Println("total received:", got)
}

package main

import "fmt"

// select with send cases: a send case is ready when a receiver waits or the buffer has room;
// mixing send and receive cases lets one loop both feed and drain.

func main() {
	in := make(chan int)
	out := make(chan int, 2)
	go func() {
		for v := range in {
			out <- v * 10
		}
		close(out)
	}()
	next, sent, sum := 1, 0, 0
	pending := in
	for pending != nil || out != nil {
		select {
		case pending <- next:
			sent++
			next++
			if sent == 20 {
				close(in)
				pending = nil
			}
		case v, ok := <-out:
			if !ok {
				out = nil
				continue
			}
			sum += v
		}
	}
	fmt.Println("sent", sent, "sum", sum)

	// A full buffer makes the send case not ready: default runs.
	full := make(chan int, 1)
	full <- 1
	select {
	case full <- 2:
		fmt.Println("sent into a full buffer?")
	default:
		fmt.Println("buffer full, default taken")
	}
}

// channel-close-range: the sender closes a channel to say "no more values";
// `for v := range ch` receives until the channel is closed and drained, and
// `v, ok := <-ch` tells a real value (ok true) from a closed channel (ok false).
// Only the sender should close; sending on a closed channel panics.
//
// Try: weft examples/channel-close-range.go
package main

import "fmt"

// countdown sends n, n-1, ..., 1 and then closes the channel.
func countdown(n int, out chan<- int) {
	for i := n; i > 0; i-- {
		out <- i
	}
	close(out)
}

func main() {
	ch := make(chan int)
	go countdown(5, ch)
	for v := range ch { // ends when countdown closes ch
		fmt.Print(v, " ")
	}
	fmt.Println("liftoff!")

	v, ok := <-ch // a closed channel yields the zero value at once
	fmt.Println("after close:", v, ok)

	defer func() {
		fmt.Println("recovered:", recover())
	}()
	ch <- 1 // panics: send on closed channel
}

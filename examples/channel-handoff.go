// channel-handoff: an unbuffered channel hands a value from one goroutine to
// another and synchronises them: the send waits until a receiver takes the
// value, and the receive waits until a sender offers one.
//
// "Do not communicate by sharing memory; instead, share memory by
// communicating."
//
// Try: weft examples/channel-handoff.go
package main

import "fmt"

type Order struct {
	ID   int
	Dish string
}

func main() {
	orders := make(chan Order) // unbuffered: capacity 0
	served := make(chan string)

	// The kitchen owns each order once it has received it: no lock needed.
	go func() {
		for i := 0; i < 3; i++ {
			o := <-orders
			served <- fmt.Sprintf("order %d: %s is ready", o.ID, o.Dish)
		}
	}()

	for i, dish := range []string{"soup", "noodles", "tea"} {
		orders <- Order{ID: i + 1, Dish: dish} // blocks until the kitchen takes it
		fmt.Println(<-served)                  // blocks until the kitchen answers
	}
}

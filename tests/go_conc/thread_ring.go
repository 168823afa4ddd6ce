package main

import "fmt"

// Thread ring: 503 goroutines in a ring pass a token, each decrementing it; the one that
// receives 0 reports its number.

const ringSize = 503

func member(id int, in <-chan int, next chan<- int, done chan<- int) {
	for {
		token := <-in
		if token == 0 {
			done <- id
			return
		}
		next <- token - 1
	}
}

func main() {
	first := make(chan int)
	done := make(chan int)
	in := first
	for id := 1; id <= ringSize; id++ {
		var out chan int
		if id == ringSize {
			out = first
		} else {
			out = make(chan int)
		}
		go member(id, in, out, done)
		in = out
	}
	const hops = 50000
	first <- hops
	fmt.Println("token", hops, "ends at goroutine", <-done)
}

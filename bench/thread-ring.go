// thread-ring: the Benchmarks Game's thread ring — 503 goroutines linked in a
// ring by unbuffered channels pass a token around; each pass decrements it.
// Usage: thread-ring [passes]  (default 1000000). Prints the id (1..503) of the
// goroutine holding the token when it reaches zero.
package main

import (
	"fmt"
	"os"
	"strconv"
)

const ringSize = 503

func member(id int, in <-chan int, out chan<- int, done chan<- int) {
	for token := range in {
		if token == 0 {
			done <- id
			return
		}
		out <- token - 1
	}
}

func main() {
	n := 1000000
	// The size is the last argument when it is a number (interpreters such as yaegi
	// leave their own arguments at the front of os.Args).
	if v, err := strconv.Atoi(os.Args[len(os.Args)-1]); err == nil {
		n = v
	}
	done := make(chan int)
	first := make(chan int)
	in := first
	for id := 1; id <= ringSize; id++ {
		out := first
		if id < ringSize {
			out = make(chan int)
		}
		go member(id, in, out, done)
		in = out
	}
	first <- n
	fmt.Println(<-done)
}

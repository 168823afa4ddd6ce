// prime-sieve: the classic concurrent prime sieve from the Go tour — a pipeline
// that grows by one filtering goroutine per prime found; every number flows
// through unbuffered channels. Usage: prime-sieve [count]  (default 1000).
// Prints the count-th prime.
package main

import (
	"fmt"
	"os"
	"strconv"
)

// generate sends 2, 3, 4, ... to ch.
func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

// filter copies the values from in to out, dropping multiples of prime.
func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func main() {
	n := 1000
	// The size is the last argument when it is a number (interpreters such as yaegi
	// leave their own arguments at the front of os.Args).
	if v, err := strconv.Atoi(os.Args[len(os.Args)-1]); err == nil {
		n = v
	}
	ch := make(chan int)
	go generate(ch)
	prime := 0
	for i := 0; i < n; i++ {
		prime = <-ch
		next := make(chan int)
		go filter(ch, next, prime)
		ch = next
	}
	// main returns with the pipeline still running: those goroutines are abandoned.
	fmt.Println(prime)
}

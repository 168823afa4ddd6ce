package main

import "fmt"

// A finite prime sieve: the generator closes its channel, each filter closes its own output
// when its input ends, so the whole chain winds down and main can range to the end.

func generate(limit int) <-chan int {
	out := make(chan int, 8)
	go func() {
		for i := 2; i <= limit; i++ {
			out <- i
		}
		close(out)
	}()
	return out
}

func filter(in <-chan int, prime int) <-chan int {
	out := make(chan int, 8)
	go func() {
		for i := range in {
			if i%prime != 0 {
				out <- i
			}
		}
		close(out)
	}()
	return out
}

func main() {
	ch := generate(500)
	count := 0
	sum := 0
	for {
		prime, ok := <-ch
		if !ok {
			break
		}
		count++
		sum += prime
		ch = filter(ch, prime)
	}
	fmt.Println("primes below 500:", count, "sum", sum)
}

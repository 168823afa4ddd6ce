package main

import "fmt"

// Ranging over a channel that the producer forgot to close: after the last value main waits
// for more forever. The producer has already returned, so only main is listed.

func main() {
	ch := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			ch <- i
		}
		// missing: close(ch)
	}()
	for v := range ch {
		fmt.Println("got", v)
	}
	fmt.Println("not reached")
}

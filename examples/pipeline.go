// pipeline: everything together. Stages connected by channels, each stage a
// goroutine (or several), closing its output when its input is exhausted:
//
//	generate ──▶ square ×3 workers ──▶ merge ──▶ sum (main)
//
// The three square workers run concurrently (in parallel if there are cores);
// a WaitGroup tells merge when all of them are done so it can close its output.
//
// Try: weft examples/pipeline.go
package main

import (
	"fmt"
	"sync"
)

// generate sends 1..n and closes the channel.
func generate(n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			out <- i
		}
	}()
	return out
}

// square receives numbers until in is closed and sends their squares.
func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			out <- v * v
		}
	}()
	return out
}

// merge forwards values from all inputs to one output (fan-in), and closes it
// when every input is closed.
func merge(inputs ...<-chan int) <-chan int {
	out := make(chan int)
	var wg sync.WaitGroup
	wg.Add(len(inputs))
	for _, in := range inputs {
		go func(in <-chan int) {
			defer wg.Done()
			for v := range in {
				out <- v
			}
		}(in)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	numbers := generate(1000)
	// Fan-out: three workers share one input channel.
	squares := merge(square(numbers), square(numbers), square(numbers))
	sum, count := 0, 0
	for s := range squares {
		sum += s
		count++
	}
	fmt.Printf("sum of the squares of 1..%d = %d\n", count, sum) // 333833500
}

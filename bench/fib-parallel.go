// fib-parallel: recursive fib(n) split into 8 independent subproblems, one
// goroutine each — the same total work as bench/fib.go. Run it with
// GOMAXPROCS=1 (concurrency: interleaved on one thread) and GOMAXPROCS=2
// (parallelism: two threads at once) and compare.
// Usage: fib-parallel [n]  (default 32). Prints fib(n).
package main

import (
	"fmt"
	"os"
	"strconv"
)

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

// Unrolling fib(n) = fib(n-1) + fib(n-2) three times gives 8 leaves:
// fib(n) = fib(n-3) + 3 fib(n-4) + 3 fib(n-5) + fib(n-6).
func leaves(n int) []int {
	return []int{n - 3, n - 4, n - 4, n - 4, n - 5, n - 5, n - 5, n - 6}
}

func main() {
	n := 32
	// The size is the last argument when it is a number (interpreters such as yaegi
	// leave their own arguments at the front of os.Args).
	if v, err := strconv.Atoi(os.Args[len(os.Args)-1]); err == nil {
		n = v
	}
	parts := leaves(n)
	results := make(chan int, len(parts))
	for _, p := range parts {
		go func(p int) { results <- fib(p) }(p)
	}
	sum := 0
	for range parts {
		sum += <-results
	}
	fmt.Println(sum)
}

package main

import "fmt"

// A runtime error in a goroutine several calls deep: the trace lists each main frame, then
// `created by main.main in goroutine 1` and the go statement's line.

func at(xs []int, i int) int {
	return xs[i]
}

func sumUpTo(xs []int, n int, out chan<- int) {
	s := 0
	for i := 0; i <= n; i++ {
		s += at(xs, i)
	}
	out <- s
}

func main() {
	out := make(chan int)
	go sumUpTo([]int{1, 2, 3}, 2, out)
	fmt.Println(<-out)
	go sumUpTo([]int{1, 2, 3}, 5, out)
	fmt.Println(<-out)
}

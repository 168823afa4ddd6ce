package main

import "fmt"

// A channel variable that was never made is nil; a send on it blocks forever.

type pipeline struct {
	out chan int
}

func main() {
	var p pipeline // forgot p.out = make(chan int)
	fmt.Println("sending on", p.out)
	p.out <- 1
}

package main

import "fmt"

type point struct {
	x, y int
}

// The goroutine writes p.y after its send: the receive orders nothing after it.
func main() {
	p := &point{}
	done := make(chan bool)
	go func() {
		p.x = 1
		done <- true
		p.y = 2
	}()
	<-done
	fmt.Println(p.x, p.y > 100)
}

package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	for i := 0; i < 4; i++ {
		select {
		case ch <- i:
			fmt.Println("sent", i)
		default:
			fmt.Println("full, dropped", i)
		}
	}
	fmt.Println(len(ch), cap(ch))
	for i := 0; i < 3; i++ {
		select {
		case v := <-ch:
			fmt.Println("received", v)
		default:
			fmt.Println("empty")
		}
	}
	var nilCh chan int
	select {
	case v := <-nilCh:
		fmt.Println("impossible", v)
	case nilCh <- 1:
		fmt.Println("impossible send")
	default:
		fmt.Println("nil channels never ready")
	}
	done := make(chan struct{})
	close(done)
	select {
	case _, ok := <-done:
		fmt.Println("closed channel ready, ok =", ok)
	default:
		fmt.Println("not reached")
	}
}

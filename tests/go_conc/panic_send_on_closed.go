package main

import "fmt"

// A goroutine sends after main closed the channel: the panic happens in that goroutine.

func main() {
	ch := make(chan int, 1)
	done := make(chan bool)
	close(ch)
	fmt.Println("channel closed")
	go func() {
		ch <- 1
		done <- true
	}()
	<-done
}

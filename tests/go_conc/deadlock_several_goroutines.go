package main

import "fmt"

// Several goroutines blocked at once: two senders on a channel nobody reads, one receiver on
// a channel nobody writes, and main receiving. The report lists main first, then the others
// in the order they were created, each with its wait reason and creator.

func send(ch chan<- int, v int) {
	ch <- v
}

func main() {
	unread := make(chan int)
	unwritten := make(chan string)
	result := make(chan int)
	go send(unread, 1)
	go send(unread, 2)
	go func() {
		s := <-unwritten
		result <- len(s)
	}()
	fmt.Println("started three goroutines")
	fmt.Println(<-result)
}

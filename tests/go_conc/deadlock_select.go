package main

import "fmt"

// A select whose channels nobody will ever use: the program deadlocks in `select`.

func main() {
	requests := make(chan int)
	quit := make(chan bool)
	fmt.Println("serving")
	for {
		select {
		case r := <-requests:
			fmt.Println("request", r)
		case <-quit:
			return
		}
	}
}

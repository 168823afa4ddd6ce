package main

import "fmt"

func main() {
	results := make(chan int)
	go func() {
		results <- 42
	}()
	fmt.Println(<-results)
	fmt.Println(<-results)
}

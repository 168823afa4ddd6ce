package main

import "fmt"

func main() {
	results := make(chan string)
	go func() {
		for i := 1; i <= 3; i++ {
			results <- fmt.Sprint("job ", i)
		}
		close(results)
	}()
	fmt.Println(<-results)
	fmt.Println(<-results)
	v, ok := <-results
	fmt.Println(v)
	fmt.Println(ok)
	v, ok = <-results
	fmt.Println(ok)
	done := make(chan bool)
	go func() {
		n := 0
		for i := 0; i < 2000000; i++ {
			n += i
		}
		fmt.Println("background sum", n)
		done <- true
	}()
	<-done // in the REPL the goroutine finishes while the user types
	fmt.Println("typed after the goroutine finished")
	fmt.Println(true)
	requests := make(chan int)
	served := make(chan bool)
	go func() {
		for r := range requests {
			fmt.Println("served", r)
			served <- true
		}
	}()
	requests <- 1
	<-served
	requests <- 2
	<-served
}

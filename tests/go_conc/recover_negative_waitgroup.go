package main

import (
	"fmt"
	"sync"
)

// The negative-counter panic is an ordinary panic with a string value: recover gets it.

func main() {
	var wg sync.WaitGroup
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%T: %v\n", r, r)
		}()
		wg.Add(-1)
	}()
	ch := make(chan int)
	close(ch)
	func() {
		defer func() {
			r := recover()
			err, isErr := r.(error)
			fmt.Println(isErr, err)
		}()
		ch <- 1
	}()
}

package main

import (
	"fmt"
	"sync"
)

// A panic with an error value in a goroutine: the message is the value's Error() text.
// Deferred calls of that goroutine run first; main's do not.

type jobError struct{ id int }

func (e jobError) Error() string { return fmt.Sprintf("job %d failed", e.id) }

func run(id int, wg *sync.WaitGroup) {
	if id != 2 {
		defer wg.Done() // after the print below (defers run last-in first-out): a fixed order
	}
	defer fmt.Println("deferred in job", id)
	if id == 2 {
		panic(jobError{id})
	}
}

func main() {
	defer fmt.Println("main's defer (not printed)")
	var wg sync.WaitGroup
	wg.Add(1)
	go run(1, &wg)
	wg.Wait()
	fmt.Println("job 1 ok")
	wg.Add(1)
	go run(2, &wg)
	wg.Wait()
}

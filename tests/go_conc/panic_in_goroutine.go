package main

import (
	"fmt"
	"sync"
)

func work(id int, wg *sync.WaitGroup) {
	if id == 3 {
		panic(fmt.Sprintf("worker %d failed", id))
	}
	wg.Done() // not deferred: main must still be waiting when the panic ends the program
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go work(3, &wg)
	wg.Wait()
	fmt.Println("not reached")
}

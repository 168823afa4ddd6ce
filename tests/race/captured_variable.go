package main

import (
	"fmt"
	"sync"
)

// RACE: a variable captured by a closure is written by the goroutine and by main.

func main() {
	status := "starting"
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		status = "running"
	}()
	status = "waiting"
	wg.Wait()
	fmt.Println(len(status) > 0)
}

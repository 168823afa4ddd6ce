package main

import (
	"fmt"
	"sync"
)

// RACE, run with GORACE=exitcode=7 (gorace_exitcode.env): the exit status after the
// races is 7 instead of 66.

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

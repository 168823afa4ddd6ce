package main

import "fmt"

// A panic in a goroutine started from a closure ends the whole program (status 2); the trace
// names main.main.func1 and where main.main created it.

func main() {
	done := make(chan bool)
	go func() {
		var m map[string]int
		m["x"] = 1
		done <- true
	}()
	<-done
	fmt.Println("not reached")
}

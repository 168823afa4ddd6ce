package main

import (
	"fmt"
	"time"
)

// While a goroutine sleeps, main blocked on a receive is not a deadlock: the timer will wake
// the sleeper. Sleep lasts at least as long as asked (the only timing fact printed).

func main() {
	ch := make(chan string)
	start := time.Now()
	go func() {
		time.Sleep(30 * time.Millisecond)
		ch <- "woke up"
	}()
	fmt.Println(<-ch)
	fmt.Println("slept at least 30ms:", time.Since(start) >= 30*time.Millisecond)


	// A goroutine that only sleeps keeps the program alive until it wakes.
	done := make(chan bool)
	go func() {
		time.Sleep(10 * time.Millisecond)
		close(done)
	}()
	_, ok := <-done
	fmt.Println("receive from closed done:", ok)
}

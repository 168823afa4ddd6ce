package main

import (
	"fmt"
	"time"
)

// Timers and tickers: Stop before firing returns true and the timer never fires; Reset
// rearms it; a ticker delivers ticks until stopped; AfterFunc runs f in its own goroutine.

func main() {
	t := time.NewTimer(time.Hour)
	fmt.Println("stopped before firing:", t.Stop())

	t2 := time.NewTimer(5 * time.Millisecond)
	<-t2.C
	fmt.Println("timer fired; Stop after firing:", t2.Stop())
	t2.Reset(5 * time.Millisecond)
	<-t2.C
	fmt.Println("fired again after Reset")

	tick := time.NewTicker(2 * time.Millisecond)
	n := 0
	for range tick.C {
		n++
		if n == 5 {
			tick.Stop()
			break
		}
	}
	fmt.Println("ticks:", n)

	done := make(chan string)
	time.AfterFunc(5*time.Millisecond, func() { done <- "AfterFunc ran" })
	fmt.Println(<-done)

	select {
	case <-time.After(time.Millisecond):
		fmt.Println("time.After delivered")
	case <-time.After(time.Hour):
		fmt.Println("wrong timer")
	}
}

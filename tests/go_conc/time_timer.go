package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	t := time.NewTimer(20 * time.Millisecond)
	v := <-t.C
	fmt.Println("fired after 20ms:", v.Sub(start) >= 20*time.Millisecond, !v.Before(start))
	fmt.Println("a local time:", v.Location(), v.Year() >= 2022, time.Since(v) >= 0)
	fmt.Println("stop after firing:", t.Stop())
	fmt.Println("reset after firing:", t.Reset(10*time.Millisecond))
	<-t.C
	fmt.Println("fired again")

	// Stop before it fires: nothing is ever sent.
	t2 := time.NewTimer(30 * time.Millisecond)
	fmt.Println("stop pending:", t2.Stop())
	select {
	case <-t2.C:
		fmt.Println("unexpected tick")
	case <-time.After(80 * time.Millisecond):
		fmt.Println("stopped timer stayed quiet")
	}
	// Reset of a pending timer reports true and moves the deadline.
	t3 := time.NewTimer(time.Hour)
	fmt.Println("reset pending:", t3.Reset(5*time.Millisecond))
	<-t3.C
	fmt.Println("t3 fired")

	// Timeouts with select.
	slow := make(chan int)
	go func() {
		time.Sleep(200 * time.Millisecond)
		slow <- 1
	}()
	select {
	case <-slow:
		fmt.Println("slow answered")
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout")
	}
	fmt.Println(<-slow)

	// AfterFunc runs f in its own goroutine; Stop cancels it.
	ran := make(chan string, 2)
	time.AfterFunc(10*time.Millisecond, func() { ran <- "after func ran" })
	fmt.Println(<-ran)
	af := time.AfterFunc(20*time.Millisecond, func() { ran <- "cancelled func ran" })
	fmt.Println("stop after func:", af.Stop())
	time.Sleep(60 * time.Millisecond)
	fmt.Println("pending:", len(ran))
	fmt.Println("after func timer has no channel:", af.C == nil)

	// A zero Timer panics.
	defer func() { fmt.Println("recovered:", recover()) }()
	var zero time.Timer
	zero.Stop()
}

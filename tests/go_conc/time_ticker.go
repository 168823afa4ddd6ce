package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	tk := time.NewTicker(15 * time.Millisecond)
	var last time.Time
	increasing := true
	for i := 0; i < 5; i++ {
		v := <-tk.C
		if !v.After(last) {
			increasing = false
		}
		last = v
	}
	tk.Stop()
	fmt.Println("5 ticks, increasing:", increasing, "elapsed >= 75ms:", time.Since(start) >= 75*time.Millisecond)
	// After Stop no more ticks come (one may still be buffered from before Stop).
	select {
	case <-tk.C:
	default:
	}
	select {
	case <-tk.C:
		fmt.Println("tick after stop")
	case <-time.After(60 * time.Millisecond):
		fmt.Println("stopped")
	}

	// Reset changes the period.
	tk.Reset(10 * time.Millisecond)
	<-tk.C
	<-tk.C
	tk.Stop()
	fmt.Println("reset ticker ticked twice")

	// A slow receiver misses ticks: the channel holds one.
	fast := time.NewTicker(5 * time.Millisecond)
	time.Sleep(60 * time.Millisecond)
	fmt.Println("buffered ticks:", len(fast.C), cap(fast.C))
	fast.Stop()

	// Tick.
	n := 0
	for range time.Tick(5 * time.Millisecond) {
		n++
		if n == 3 {
			break
		}
	}
	fmt.Println("tick loop:", n, time.Tick(0) == nil, time.Tick(-1) == nil)

	try := func(name string, f func()) {
		defer func() { fmt.Println(name, "recovered:", recover()) }()
		f()
	}
	try("NewTicker(0)", func() { time.NewTicker(0) })
	try("Reset(0)", func() { time.NewTicker(time.Second).Reset(0) })
	try("zero Reset", func() { var z time.Ticker; z.Reset(time.Second) })
	var z time.Ticker
	z.Stop()
	fmt.Println("zero Stop is fine")
}

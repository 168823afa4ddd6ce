package main

import (
	"fmt"
	"strings"
	"time"
)

// Timers stay alive while pending even when nothing else refers to them, and their channels
// and the Time values they carry survive collections: many timers are started, the program
// allocates heavily (so the collector runs), then every timer's value arrives.
func main() {
	chans := make([]<-chan time.Time, 0, 200)
	for i := 0; i < 200; i++ {
		chans = append(chans, time.After(time.Duration(i%20)*time.Millisecond))
	}
	fired := make(chan int, 100)
	for i := 0; i < 100; i++ {
		i := i
		time.AfterFunc(time.Duration(i%10)*time.Millisecond, func() { fired <- i })
	}
	garbage := 0
	for round := 0; round < 3000; round++ {
		parts := make([]string, 0, 64)
		for k := 0; k < 64; k++ {
			parts = append(parts, strings.Repeat("x", k))
		}
		garbage += len(strings.Join(parts, ","))
	}
	start := time.Now().Add(-time.Hour)
	ok := 0
	for _, c := range chans {
		v := <-c
		if v.After(start) {
			ok++
		}
	}
	sum := 0
	for i := 0; i < 100; i++ {
		sum += <-fired
	}
	tk := time.NewTicker(time.Millisecond)
	for i := 0; i < 20; i++ {
		_ = strings.Repeat("y", 1000)
		<-tk.C
	}
	tk.Stop()
	fmt.Println(garbage, ok, sum)
}

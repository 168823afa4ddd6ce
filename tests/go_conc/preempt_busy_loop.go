package main

import (
	"fmt"
	"runtime"
)

// A goroutine spinning in a loop without calls or channel operations must not stop the
// others, even on one worker thread: the scheduler preempts it.

func spin() {
	x := 0
	for {
		x++
	}
}

func main() {
	runtime.GOMAXPROCS(1)
	go spin()
	runtime.Gosched() // let the spinner start
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
	}()
	v := 0
	for i := 0; i < 100; i++ {
		ping <- v
		v = <-pong
	}
	fmt.Println("ping-pong beside a spinning goroutine:", v)
}

package main

import (
	"fmt"
	"time"
)

// While a goroutine sleeps there is no deadlock (its timer will wake it); once it has woken
// and exited without sending, main's receive can never complete and the deadlock is reported.

func main() {
	ch := make(chan int)
	go func() {
		time.Sleep(20 * time.Millisecond)
		fmt.Println("sleeper woke up and leaves without sending")
	}()
	fmt.Println("waiting")
	<-ch
}

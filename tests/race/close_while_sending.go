package main

import (
	"fmt"
	"time"
)

// RACE: main closes a channel while another goroutine may still send on it; only a sleep
// separates them, and time.Sleep is not synchronisation. (The send finishes first in practice,
// so the program itself does not panic.)

func main() {
	ch := make(chan int, 1)
	go func() {
		ch <- 42
	}()
	time.Sleep(100 * time.Millisecond)
	close(ch)
	fmt.Println(<-ch)
}

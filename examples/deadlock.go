// deadlock: a send on an unbuffered channel waits for a receiver. Here nobody
// will ever receive, and no other goroutine can run, so the runtime stops the
// program (exit status 2) with:
//
//	fatal error: all goroutines are asleep - deadlock!
//
//	goroutine 1 [chan send]:
//	main.main()
//		/path/to/examples/deadlock.go:22 +0x7a
//
// Fixes: receive in another goroutine (go func() { fmt.Println(<-ch) }()),
// or give the channel a buffer (make(chan int, 1)).
//
// Try: weft examples/deadlock.go
package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("sending...")
	ch <- 42 // blocks forever: this is line 22
	fmt.Println("never printed")
}

// ping-pong: two goroutines bat a counter back and forth over unbuffered
// channels — the cost of a blocking hand-off (park, wake, switch).
// Usage: ping-pong [roundTrips]  (default 500000). Prints the final counter.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	n := 500000
	// The size is the last argument when it is a number (interpreters such as yaegi
	// leave their own arguments at the front of os.Args).
	if v, err := strconv.Atoi(os.Args[len(os.Args)-1]); err == nil {
		n = v
	}
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	v := 0
	for i := 0; i < n; i++ {
		ping <- v
		v = <-pong
	}
	close(ping)
	fmt.Println(v)
}

// racy-counter: the classic data race. 1,000 goroutines each do counter++,
// which is a read, an add and a write; two goroutines can read the same old
// value and both write old+1, losing an increment. The total is often 1000
// anyway, and sometimes less (935 in one run): timing-dependent, hence a bug.
//
// Try: weft --race examples/race/racy-counter.go
// With `go run -race` (Go 1.19) the program prints the counter and, on standard
// error, a report like this one (addresses and goroutine numbers vary):
//
//	==================
//	WARNING: DATA RACE
//	Read at 0x00c0000180a8 by goroutine 8:
//	  main.main.func1()
//	      /path/to/examples/race/racy-counter.go:45 +0x74
//
//	Previous write at 0x00c0000180a8 by goroutine 10:
//	  main.main.func1()
//	      /path/to/examples/race/racy-counter.go:45 +0x86
//
//	Goroutine 8 (running) created at:
//	  main.main()
//	      /path/to/examples/race/racy-counter.go:43 +0x84
//
//	Goroutine 10 (finished) created at:
//	  main.main()
//	      /path/to/examples/race/racy-counter.go:43 +0x84
//	==================
//	Found 1 data race(s)
//
// and exits with status 66 (which `go run` shows as `exit status 66`).
//
// `weft --race examples/race/racy-counter.go` prints the same report, with Weft's
// addresses, goroutine numbers and +0x offsets, the same lines (45 and 43), then
// "counter: 1000" and "Found 1 data race(s)", and exits with status 66.
package main

import (
	"fmt"
	"sync"
)

func main() {
	counter := 0
	var wg sync.WaitGroup
	for i := 0; i < 1000; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			counter++ // unsynchronised read-modify-write: the race
		}()
	}
	wg.Wait()
	fmt.Println("counter:", counter)
}

// sync.OnceFunc (Go 1.21).
//
// Expected output:
//
//	"calls: 1"                            f ran once for 11 calls from 11 goroutines
//	"call N panicked with: bad init"      (N = 0, 1, 2) a panic in f is re-raised by every call
//
// Cross-checked on Go 1.19 with a copy of Go 1.21's OnceFunc (sync/oncefunc.go) declared in
// package main.
package main

import (
	"fmt"
	"sync"
)

func main() {
	calls := 0
	f := sync.OnceFunc(func() { calls++ })
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			f()
		}()
	}
	wg.Wait()
	f()
	fmt.Println("calls:", calls)

	// A panic in f is re-raised by every call, with the same value.
	g := sync.OnceFunc(func() { panic("bad init") })
	for i := 0; i < 3; i++ {
		func() {
			defer func() { fmt.Println("call", i, "panicked with:", recover()) }()
			g()
		}()
	}
}

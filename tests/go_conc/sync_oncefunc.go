// sync.OnceFunc (Go 1.21). Go 1.19 has no OnceFunc: the expected output was recorded from
// Go 1.19 running this program with a copy of Go 1.21's OnceFunc (sync/oncefunc.go) declared
// in package main and the `sync.` before OnceFunc removed.
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

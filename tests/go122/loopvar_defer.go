// Go 1.22: deferred closures created in a loop capture per-iteration variables. Defers run
// last-in first-out when the function returns.
//
// Expected output:
//
//	"body done"         printed by the function body before any deferred call runs
//	"range 2" .. "range 0"   deferred in the range loop over range 3 (per-iteration i), LIFO
//	"loop 2" .. "loop 0"     deferred in the earlier 3-clause loop, run after the range ones
//
// (Before Go 1.22 the 3-clause loop's closures would all print 3.)
package main

import "fmt"

func run() {
	for i := 0; i < 3; i++ {
		defer func() { fmt.Println("loop", i) }()
	}
	for i := range 3 {
		defer func() { fmt.Println("range", i) }()
	}
	fmt.Println("body done")
}

func main() {
	run()
}

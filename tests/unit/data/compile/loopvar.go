// Go 1.22 semantics (not Go 1.19's): each iteration of a 3-clause for loop and of a range loop
// has its own variable, so the closures see 0 1 4 and a b c; `range 3` counts 0 1 2;
// min/max are builtins.
//
// Expected output:
//
//	0 1 4
//	a b c
//	012
//	1 2.5 a
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s })
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	for i := range 3 {
		fmt.Print(i)
	}
	fmt.Println()
	fmt.Println(min(3, 1, 2), max(2.5, 1.0), min("b", "a"))
}

// Go 1.22 per-iteration loop variables: every iteration of a `for` loop (3-clause or range)
// has its own copy of the variables the loop declares, so closures created in different
// iterations capture different variables. (Before Go 1.22 the first line would be "3 3 3".)
//
// Expected output:
//
//	"0 1 2"      closures from `for i := 0; i < 3; i++` each return their own i
//	"a b c"      closures from `for _, s := range` return their own s
//	"0:x 1:y"    closures from `for k, v := range`: index and value are both per-iteration
//	"10 11 12"   each closure adds 10 to its own captured i (0, 1, 2) and returns it
//	"20 21 22"   calling them again adds 10 once more to the same, still separate, variables
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	fmt.Println(fs[0](), fs[1](), fs[2]())
	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s })
	}
	fmt.Println(gs[0](), gs[1](), gs[2]())
	var hs []func() string
	for k, v := range []string{"x", "y"} {
		hs = append(hs, func() string { return fmt.Sprintf("%d:%s", k, v) })
	}
	fmt.Println(hs[0](), hs[1]())
	var incs []func() int
	for i := 0; i < 3; i++ {
		incs = append(incs, func() int { i += 10; return i })
	}
	fmt.Println(incs[0](), incs[1](), incs[2]())
	fmt.Println(incs[0](), incs[1](), incs[2]())
}

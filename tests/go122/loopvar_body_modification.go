// Go 1.22 3-clause loops: at the end of each iteration the current value of the iteration
// variable is copied into a fresh variable for the next iteration, and the post statement
// then runs on the fresh one. Changes made in the body carry over to the next iteration,
// while each closure keeps the variable of its own iteration.
//
// First loop (body: create closure, then i++), condition i < 5:
//
//	iteration 1: i=0, closure A, body makes it 1; copied (1), post → 2
//	iteration 2: i=2, closure B, body → 3; copied, post → 4
//	iteration 3: i=4, closure C, body → 5; copied, post → 6; 6 < 5 fails
//	A, B, C return 1 3 5 → "1 3 5"   (Go 1.19 would print "6 6 6")
//
// Second loop (body: create closure, then i *= 10), condition i < 20:
//
//	iteration 1: i=1, closure D, body → 10; copied, post → 11
//	iteration 2: i=11, closure E, body → 110; copied, post → 111; stop
//	→ "10 110"
//
// Third loop: &i taken in each iteration points at distinct variables holding 0, 1, 2:
//
//	→ "0 1 2", and "false" for "all three pointers are equal".
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 5; i++ {
		fs = append(fs, func() int { return i })
		i++
	}
	fmt.Println(fs[0](), fs[1](), fs[2]())
	var gs []func() int
	for i := 1; i < 20; i++ {
		gs = append(gs, func() int { return i })
		i *= 10
	}
	fmt.Println(gs[0](), gs[1]())
	var ps []*int
	for i := 0; i < 3; i++ {
		ps = append(ps, &i)
	}
	fmt.Println(*ps[0], *ps[1], *ps[2])
	fmt.Println(ps[0] == ps[1] && ps[1] == ps[2])
}

// Go (gc) evaluates the calls of a statement first, in order, and reads variables, fields and
// elements afterwards (the spec leaves this open; cmd/compile's order pass fixes it).
package main

import "fmt"

type S struct{ n int }

func (s *S) inc() int { s.n++; return s.n }

var g = 1

func bump() int { g += 10; return g }

func main() {
	x := 1
	f := func() int { x++; return x }
	fmt.Println(x, f())
	a := []int{1, 2, 3}
	h := func() int { a[0] = 100; return 0 }
	fmt.Println(a[0], h())
	s := &S{}
	fmt.Println(s.n, s.inc(), s.n)
	fmt.Println(g, bump())
	y := 5
	z := y + f2(&y)
	fmt.Println(z)
	arr := [2]int{1, 2}
	fmt.Println(arr, mod(&arr))
	m := map[string]int{"a": 1}
	fmt.Println(m["a"], setm(m))
	str := "a"
	fmt.Println(str+"x", sets(&str))
	var i8 int8 = 1
	fmt.Println(i8, set8(&i8))
}

func f2(p *int) int { *p = 100; return 1 }
func mod(p *[2]int) int { p[0] = 9; return 0 }
func setm(m map[string]int) int { m["a"] = 2; return 0 }
func sets(p *string) int { *p = "b"; return 0 }
func set8(p *int8) int { *p = 7; return 0 }

package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func join(sep string, parts ...string) string { return strings.Join(parts, sep) }

func describe(prefix string, vals ...interface{}) string {
	return fmt.Sprintf("%s(%d): %v", prefix, len(vals), vals)
}

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func minMax(xs ...int) (lo, hi int, ok bool) {
	if len(xs) == 0 {
		return
	}
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return lo, hi, true
}

func modify(xs ...int) {
	if len(xs) > 0 {
		xs[0] = 999
	}
}

func three() (int, string, bool) { return 3, "three", true }

func takesThree(n int, s string, b bool) string { return fmt.Sprint(n, s, b) }

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{10, 20, 30}
	fmt.Println(sum(nums...))
	modify(nums...)
	fmt.Println(nums)
	modify(1, 2)
	fmt.Println(join("-", "a", "b", "c"), join(","))
	fmt.Println(describe("none"), describe("some", 1, "x", nil))
	fmt.Println(describe("spread", []interface{}{1, 2}...))
	fmt.Println(describe("nested", []interface{}{1, 2}))
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-17, 5))
	fmt.Println(minMax(3, 9, -2, 7))
	fmt.Println(minMax())
	fmt.Println(takesThree(three()))
	var s []string
	s = append(s, strings.Split("x y z", " ")...)
	fmt.Println(len(s), s)
	f := func(args ...string) int { return len(args) }
	fmt.Println(f(), f("a"), f(s...))
	fmt.Printf("%T\n", sum)
}

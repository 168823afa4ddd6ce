package main

import (
	"fmt"
	"strings"
)

type BinOp func(int, int) int

func apply(op BinOp, a, b int) int { return op(a, b) }

func compose(f, g func(string) string) func(string) string {
	return func(s string) string { return g(f(s)) }
}

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	add := func(a, b int) int { return a + b }
	mul := BinOp(func(a, b int) int { return a * b })
	fmt.Println(apply(add, 3, 4), apply(mul, 3, 4))
	ops := map[string]BinOp{"+": add, "*": mul, "-": func(a, b int) int { return a - b }}
	keys := []string{"+", "-", "*"}
	for _, k := range keys {
		fmt.Println(k, ops[k](10, 3))
	}
	shout := compose(strings.ToUpper, func(s string) string { return s + "!" })
	fmt.Println(shout("hello"))
	fmt.Println(mapInts([]int{1, 2, 3}, func(x int) int { return x * x }))
	var nilf func()
	fmt.Println(nilf == nil)
	fs := []func() int{}
	for i := 0; i < 3; i++ {
		j := i
		fs = append(fs, func() int { return j * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	fmt.Printf("%T\n", add)
	fmt.Printf("%T\n", compose)
}

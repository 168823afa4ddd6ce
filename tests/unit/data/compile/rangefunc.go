// Go 1.23 range-over-func iterators (not Go 1.19; the expected output is hand-checked):
// continue and break in the body, a return from the enclosing function out of the body,
// per-iteration variables captured by closures, labeled continue/break across two iterator
// loops, a range without variables, and Go's run-time error when an iterator calls yield again
// after the body returned false.
package main

import "fmt"

func Count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Pairs(m []string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i, s := range m {
			if !yield(i, s) {
				return
			}
		}
	}
}

func find(words []string, w string) (int, bool) {
	for i, s := range Pairs(words) {
		if s == w {
			return i, true
		}
	}
	return -1, false
}

func main() {
	sum := 0
	for x := range Count(10) {
		if x%2 == 0 {
			continue
		}
		if x > 7 {
			break
		}
		sum += x
	}
	fmt.Println("sum", sum)
	fmt.Println(find([]string{"a", "b", "c"}, "b"))
	fmt.Println(find([]string{"a", "b", "c"}, "z"))
	var fs []func() int
	for x := range Count(3) {
		fs = append(fs, func() int { return x * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
outer:
	for i := range Count(3) {
		for j := range Count(3) {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, j, ";")
		}
	}
	fmt.Println()
	total := 0
	for range Count(4) {
		total++
	}
	fmt.Println(total)
	bad := func(yield func(int) bool) {
		yield(1)
		yield(2)
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	for x := range bad {
		fmt.Println("x", x)
		break
	}
}

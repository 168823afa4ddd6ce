package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func join(sep string, parts ...string) string {
	return strings.Join(parts, sep)
}

func apply(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

func counter() (func() int, func()) {
	c := 0
	return func() int { c++; return c }, func() { c = 0 }
}

func fib() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		v := f(n)
		cache[n] = v
		return v
	}
}

func describe(args ...interface{}) string {
	var sb strings.Builder
	for i, a := range args {
		if i > 0 {
			sb.WriteString(", ")
		}
		fmt.Fprintf(&sb, "%T=%v", a, a)
	}
	return sb.String()
}

func main() {
	fmt.Println(sum())
	fmt.Println(sum(1, 2, 3))
	xs := []int{4, 5, 6}
	fmt.Println(sum(xs...))
	fmt.Println(join("-", "a", "b", "c"))
	fmt.Println(join("+"))
	double := func(x int) int { return x * 2 }
	inc := func(x int) int { return x + 1 }
	fmt.Println(apply(double, inc, double)(5))
	fmt.Println(apply()(5))
	next, reset := counter()
	next()
	next()
	fmt.Println(next())
	reset()
	fmt.Println(next())
	f := fib()
	for i := 0; i < 10; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	calls := 0
	var slow func(int) int
	slow = func(n int) int {
		calls++
		return n * n
	}
	fast := memo(slow)
	for i := 0; i < 5; i++ {
		fast(3)
		fast(4)
	}
	fmt.Println("calls:", calls)
	fmt.Println(describe(1, "a", 2.5, nil, []int{1}, map[string]int{"k": 1}, struct{}{}, true, 'x', byte(7)))
	funcs := make([]func() int, 3)
	for i := 0; i < 3; i++ {
		j := i
		funcs[i] = func() int { return j * j }
	}
	for _, fn := range funcs {
		fmt.Print(fn(), " ")
	}
	fmt.Println()
	var acc []string
	add := func(s ...string) { acc = append(acc, s...) }
	add("x")
	add("y", "z")
	add()
	fmt.Println(acc, len(acc))
	fmt.Println(func(a, b int) int { return a - b }(10, 3))
	adder := func(base int) func(...int) int {
		return func(vs ...int) int { return base + sum(vs...) }
	}
	fmt.Println(adder(100)(1, 2, 3))
	var nilf func()
	fmt.Println(nilf == nil)
	fmt.Printf("%v\n", describe([]interface{}{1, 2}...))
}

package main

import "fmt"

func counter() (func() int, func()) {
	c := 0
	return func() int {
			c++
			return c
		}, func() {
			c = 0
		}
}

func accumulator(start int) func(int) int {
	sum := start
	return func(x int) int {
		sum += x
		return sum
	}
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	calls := 0
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		calls++
		v := f(n)
		cache[n] = v
		fmt.Println("computed", n, "calls", calls)
		return v
	}
}

func main() {
	next, reset := counter()
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())
	other, _ := counter()
	fmt.Println(other(), next())
	acc := accumulator(100)
	acc(10)
	acc(-5)
	fmt.Println(acc(0))
	f := fibGen()
	for i := 0; i < 12; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	sq := memo(func(n int) int { return n * n })
	fmt.Println(sq(4), sq(4), sq(5))
	// Closure sees later modifications of captured variable.
	x := 1
	show := func() int { return x }
	x = 2
	fmt.Println(show())
	// Closures share the same captured variable.
	y := 0
	incY := func() { y++ }
	getY := func() int { return y }
	incY()
	incY()
	fmt.Println(getY(), y)
}

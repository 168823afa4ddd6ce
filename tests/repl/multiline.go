package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

type Shape interface {
	Area() float64
}
type Rect struct {
	W, H float64
}

func main() {
	fmt.Println(fib(20))
	nums := []int{
		1,
		2,
		3,
	}
	fmt.Println(nums)
	raw := `line one
line two`
	fmt.Println(raw)
	for i := 0; i < 3; i++ {
		fmt.Println("i =", i)
	}
	total := 0
	for _, n := range nums {
		total += n
	}
	fmt.Println(total)
	if total > 5 {
		fmt.Println("big")
	} else {
		fmt.Println("small")
	}
	x := 1 +
		2
	fmt.Println(x)
}

package main

import "fmt"

var (
	a = c + b // depends on b and c: initialized after them
	b = f()
	c = f()
	d = 3
)

var total = sum(values...)
var values = []int{1, 2, 3, 4}

var trace []string

func f() int {
	d++
	trace = append(trace, fmt.Sprint("f sees d=", d))
	return d
}

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func init() {
	trace = append(trace, "init 1")
	d *= 10
}

func init() {
	trace = append(trace, "init 2")
}

var table = map[string]int{"x": len(values), "y": total}

func main() {
	fmt.Println(a, b, c, d)
	fmt.Println(total, values, table)
	for _, t := range trace {
		fmt.Println(t)
	}
}

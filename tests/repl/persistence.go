package main

import "fmt"

type Point struct{ X, Y int }

func double(n int) int { return n * 2 }

func main() {
	x := 6
	fmt.Println(x * 7)
	var y = x + 1
	fmt.Println(y)
	const greeting = "hi"
	fmt.Println(greeting)
	p := Point{1, 2}
	fmt.Println(p)
	p.X = 10
	fmt.Println(p)
	fmt.Println(double(x))
	x = 100
	fmt.Println(double(x))
	a, b := 3, "three"
	fmt.Println(a)
	fmt.Println(b)
	count := 0
	count++
	count++
	fmt.Println(count)
}

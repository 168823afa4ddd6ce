package main

import "fmt"

func main() {
	x := 1 // ERROR "(x declared but not used|declared and not used: x)"
	var y string // ERROR "(y declared but not used|declared and not used: y)"
	z := 3
	fmt.Println(z)
	if a := 2; true { // ERROR "(a declared but not used|declared and not used: a)"
	}
	for i := 0; i < 3; i++ {
		w := i // ERROR "(w declared but not used|declared and not used: w)"
	}
	f := func() {
		inner := "x" // ERROR "(inner declared but not used|declared and not used: inner)"
	}
	f()
}

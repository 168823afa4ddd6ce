package main

var dup = 1
var dup = 2 // ERROR "dup redeclared in this block"

type T struct{}
type T int // ERROR "T redeclared in this block"

func fn()  {}
func fn()  {} // ERROR "fn redeclared in this block"

func params(a int, a string) {} // ERROR "duplicate argument a|a redeclared in this block"

func main() {
	x := 1
	var x int // ERROR "x redeclared in this block"
	y, y := 1, 2 // ERROR "y repeated on left side of :="
	_ = x
	_ = y
}

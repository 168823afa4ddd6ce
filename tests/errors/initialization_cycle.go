package main

var a = b + 1 // ERROR "initialization (cycle|loop)"
var b = c * 2
var c = a

func main() {
	_ = a
}

package main

import "fmt"

type T struct{ a int }

func main() {
	fmt.Println(x)        // ERROR "undefined: x"
	y := undefinedFunc(1) // ERROR "undefined: undefinedFunc"
	var z Missing         // ERROR "undefined: Missing"
	t := T{}
	fmt.Println(t.b)  // ERROR "t.b undefined \(type T has no field or method b\)"
	t.Frob()          // ERROR "t.Frob undefined \(type T has no field or method Frob\)"
	fmt.Println(y, z)
	fmt.Printn("typo") // ERROR "undefined: fmt.Printn"
}

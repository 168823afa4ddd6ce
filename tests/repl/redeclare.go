package main

import "fmt"

// Each redeclaration in the REPL is a new object; code and values made earlier keep the old
// one (greetV1, T1 stand for the replaced declarations).
func greetV1() string { return "v1" }
func greet() string   { return "v2" }

type T1 struct{ A int }
type T struct{ A, B int }

func main() {
	x := 1
	_ = x
	{
		x := "now a string"
		fmt.Println(x)
	}
	{
		var x = 2.5
		fmt.Println(x)
	}
	saved := greetV1
	fmt.Println(greet())
	fmt.Println(saved())
	t1 := T1{1}
	fmt.Println(T{1, 2})
	fmt.Println(t1)
}

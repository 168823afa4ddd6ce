package main

import "fmt"

type Meters = float64 // alias: identical type
type Feet float64     // defined type: distinct

type Handler = func(string) string

var global = "package level"

func shadow() string {
	global := "local"
	return global
}

func main() {
	var m Meters = 3.5
	var f float64 = m
	fmt.Printf("%T %T %v\n", m, Feet(m), f)
	var h Handler = func(s string) string { return "<" + s + ">" }
	fmt.Println(h("x"))
	fmt.Println(shadow(), global)
	x := 1
	{
		x := 2
		x++
		fmt.Println("inner", x)
	}
	fmt.Println("outer", x)
	if x := 10; x > 5 {
		fmt.Println("if scope", x)
	} else {
		fmt.Println("else scope", x)
	}
	fmt.Println(x)
	// Redeclaration with := needs one new variable.
	a, err := 1, error(nil)
	b, err := 2, fmt.Errorf("e")
	fmt.Println(a, b, err)
	// Blank identifier
	_, second := pair()
	fmt.Println(second)
	var _ = pair
	// Shadowing a package name.
	fmt := "shadowed fmt"
	_ = fmt
	println2(fmt)
}

func pair() (int, string) { return 1, "two" }

func println2(s string) { fmt.Println(s) }

package main

import "fmt"

type Point struct {
	X, Y int
}

func main() {
	var b bool
	var i int
	var i8 int8
	var u16 uint16
	var f32 float32
	var f64 float64
	var s string
	var p *int
	var sl []int
	var m map[string]int
	var fn func()
	var e error
	var any interface{}
	var arr [3]int
	var pt Point
	fmt.Println(b, i, i8, u16, f32, f64)
	fmt.Printf("%q\n", s)
	fmt.Println(p == nil, sl == nil, m == nil, fn == nil, e == nil, any == nil)
	fmt.Println(len(sl), cap(sl), len(m), len(s))
	fmt.Println(arr, pt)
	fmt.Printf("%v %+v\n", pt, pt)
	fmt.Printf("%T %T %T %T %T %T\n", b, i, i8, u16, f32, f64)
	fmt.Printf("%T %T %T %T %T\n", sl, m, arr, pt, p)
	fmt.Println(sl, m)
	// Reading a nil map gives the zero value.
	fmt.Println(m["missing"])
	v, ok := m["missing"]
	fmt.Println(v, ok)
	// Ranging over nil slice and map does nothing.
	n := 0
	for range sl {
		n++
	}
	for range m {
		n++
	}
	fmt.Println("iterations:", n)
}

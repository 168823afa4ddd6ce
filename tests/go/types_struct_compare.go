package main

import "fmt"

type Pair struct {
	A int
	B string
}

type Nested struct {
	P   Pair
	Arr [2]float64
}

func main() {
	p1 := Pair{1, "x"}
	p2 := Pair{1, "x"}
	p3 := Pair{2, "x"}
	fmt.Println(p1 == p2, p1 == p3, p1 != p3)
	n1 := Nested{p1, [2]float64{1.5, 2.5}}
	n2 := Nested{p2, [2]float64{1.5, 2.5}}
	fmt.Println(n1 == n2)
	n2.Arr[1] = 3
	fmt.Println(n1 == n2)
	a := [3]string{"a", "b", "c"}
	b := a
	b[0] = "z"
	fmt.Println(a == b, a, b)
	b[0] = "a"
	fmt.Println(a == b)
	// Anonymous structs compare with identical named-less types.
	x := struct {
		A int
		B string
	}{1, "x"}
	fmt.Println(x == p1)
	var q Pair = x
	fmt.Println(q)
	// Pointers compare by identity.
	pp1, pp2 := &p1, &p2
	fmt.Println(pp1 == pp2, *pp1 == *pp2, pp1 == &p1)
	// Interface comparison compares dynamic type and value.
	var i1 interface{} = p1
	var i2 interface{} = p2
	var i3 interface{} = 1
	var i4 interface{} = int64(1)
	fmt.Println(i1 == i2, i3 == i4, i3 == 1)
}

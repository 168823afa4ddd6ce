package main

import (
	"errors"
	"fmt"
)

type Point struct {
	X, Y int
}

type Line struct {
	A, B  Point
	Label string
	tags  []string
}

type Color int

const (
	Red Color = iota
	Green
)

func (c Color) String() string { return [...]string{"Red", "Green"}[c] }

type Inner struct{ V *int }

func main() {
	p := Point{1, 2}
	l := Line{Point{0, 0}, Point{3, 4}, "diag", []string{"a"}}
	fmt.Printf("%v\n%+v\n%#v\n%T\n", p, p, p, p)
	fmt.Printf("%v\n%+v\n%#v\n", l, l, l)
	pp := &p
	fmt.Printf("%v %+v\n", pp, pp)
	fmt.Printf("%v %#v %T\n", []int{1, 2}, []int{1, 2}, []int{1, 2})
	fmt.Printf("%v %#v\n", []string{"a", "b"}, []string{"a", "b"})
	fmt.Printf("%v %#v %T\n", [2]bool{true}, [2]bool{true}, [2]bool{})
	fmt.Printf("%v %#v\n", map[string]int{"b": 2, "a": 1}, map[string]int{"b": 2, "a": 1})
	fmt.Printf("%v %#v %T\n", Green, Green, Green)
	fmt.Printf("%v %d %s\n", []Color{Red, Green}, []Color{Red, Green}, Green)
	var ip *int
	var e error
	var iface interface{}
	fmt.Printf("%v %v %v %#v %#v\n", ip, e, iface, e, iface)
	fmt.Printf("%T %T %T\n", ip, e, iface)
	fmt.Printf("%v %#v\n", struct{}{}, struct{}{})
	anon := struct {
		Name string
		N    float64
	}{"x", 1.5}
	fmt.Printf("%v %+v %#v\n", anon, anon, anon)
	fmt.Printf("%#v %#v %#v %#v %#v\n", 42, "s", 3.0, 'r', uint8(7))
	fmt.Printf("%#v %#v\n", []interface{}{1, "a", nil}, map[Point]string{{1, 2}: "p"})
	fmt.Printf("%v %#v\n", errors.New("boom"), [0]int{})
	fmt.Printf("%v %+v\n", []*Point{}, [][]int{{1}, {2, 3}})
	fmt.Printf("%s %v\n", []error{errors.New("e1")}, map[string][]int{"k": {1}})
	fmt.Printf("%6v|%-6v|%06v\n", []int{1, 22}, "ab", 12)
	fmt.Printf("%q %x\n", []string{"a b", "c"}, "hex")
	pointFormat := "%v|%s|%d\n"
	fmt.Printf(pointFormat, Inner{}, p, p)
	fmt.Printf("%08.3f|%+v|%x\n", -3.14159, -2, []string{"hi", "yo"})
	fmt.Printf("%t %v\n", []bool{true, false}, func() bool { return true }() && false)
	fmt.Println(fmt.Sprintf("%5.2f%%", 99.5))
}

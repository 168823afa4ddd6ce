package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(k int)      { p.X *= k; p.Y *= k }

type Shape interface {
	Area() float64
}
type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

type Named struct {
	Rect
	Name string
}

func counter() func() int {
	c := 0
	return func() int { c++; return c }
}

func modify(p Point) Point { p.X = 100; return p }

func main() {
	c := counter()
	c()
	c()
	fmt.Println(c())
	var fs []func() int
	for i := 0; i < 3; i++ {
		j := i
		fs = append(fs, func() int { return j * j })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	p := Point{1, 2}
	q := p
	q.X = 10
	fmt.Println(p, q, modify(p), p)
	p.Scale(3)
	fmt.Println(p)
	add := p.Add
	p.X = 0
	fmt.Println(add(Point{1, 1}))
	scale := (*Point).Scale
	scale(&p, 2)
	fmt.Println(p)
	var s Shape = Named{Rect{2, 3}, "r"}
	fmt.Println(s.Area())
	area := s.Area
	fmt.Println(area())
	arr := [3]Point{{1, 1}, {2, 2}, {3, 3}}
	arr2 := arr
	arr2[0].X = 99
	fmt.Println(arr, arr2)
	for i, v := range arr {
		v.X = -1
		arr[i].Y = 7
		_ = v
	}
	fmt.Println(arr)
	m := map[string]Point{"a": {1, 2}}
	v := m["a"]
	v.X = 5
	fmt.Println(m, v)
	ptrs := []*Point{{1, 2}, {3, 4}}
	for _, pp := range ptrs {
		pp.X *= 10
	}
	fmt.Println(*ptrs[0], *ptrs[1])
	x := 5
	px := &x
	*px = 7
	fmt.Println(x)
	func() {
		x++
	}()
	fmt.Println(x, *px)
}

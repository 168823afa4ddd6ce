package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square struct{ Rect }

func (r Rect) Area() float64         { return r.W * r.H }
func (r Rect) Perimeter() float64    { return 2 * (r.W + r.H) }
func (c *Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }

func NewSquare(s float64) Square { return Square{Rect{s, s}} }

func total(shapes ...Shape) (a float64) {
	for _, s := range shapes {
		a += s.Area()
	}
	return
}

func main() {
	shapes := []Shape{Rect{3, 4}, &Circle{1}, NewSquare(2)}
	for _, s := range shapes {
		fmt.Printf("%-12T area=%.3f perim=%.3f\n", s, s.Area(), s.Perimeter())
	}
	fmt.Printf("%.4f\n", total(shapes...))
	var s Shape
	fmt.Println(s == nil)
	s = Rect{1, 1}
	fmt.Println(s != nil, s)
	// An interface holding a nil pointer is not nil.
	var c *Circle
	s = c
	fmt.Println(s == nil, c == nil)
	// Interface values compare.
	var a, b Shape = Rect{1, 2}, Rect{1, 2}
	fmt.Println(a == b)
	b = Rect{2, 1}
	fmt.Println(a == b)
	// Empty interface holds anything.
	var things []interface{}
	things = append(things, 1, "two", 3.0, []int{4}, nil, Rect{5, 5})
	for _, t := range things {
		fmt.Printf("%v(%T) ", t, t)
	}
	fmt.Println()
}

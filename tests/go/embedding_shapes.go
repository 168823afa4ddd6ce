package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface {
	Name() string
}

type NamedShape interface {
	Shape
	Named
}

type base struct{ name string }

func (b base) Name() string      { return b.name }
func (b *base) Rename(n string) { b.name = n }
func (b base) Describe() string  { return "base " + b.name }

type Rect struct {
	base
	W, H float64
}

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) Describe() string   { return fmt.Sprintf("rect %gx%g (%s)", r.W, r.H, r.base.Describe()) }

type Circle struct {
	*base
	R float64
}

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }

type Square struct {
	Rect
}

func NewSquare(s float64) Square {
	return Square{Rect{base{"square"}, s, s}}
}

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(format string, args ...interface{}) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

type Service struct {
	*Logger
	Name string
}

type ByArea []Shape

func (a ByArea) Len() int           { return len(a) }
func (a ByArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }

type Stringer interface{ String() string }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type Wrapper struct {
	Stringer
	extra int
}

func main() {
	r := Rect{base{"r1"}, 3, 4}
	c := Circle{&base{"c1"}, 1}
	sq := NewSquare(2)
	shapes := []Shape{r, c, sq, Rect{base{"tiny"}, 0.5, 0.5}}
	sort.Sort(ByArea(shapes))
	for _, s := range shapes {
		n := "?"
		if nm, ok := s.(Named); ok {
			n = nm.Name()
		}
		fmt.Printf("%-6s %-12T area=%.2f perim=%.2f\n", n, s, s.Area(), s.Perimeter())
	}
	var ns NamedShape = sq
	fmt.Println(ns.Name(), ns.Area())
	sq.Rename("SQ")
	fmt.Println(sq.Name(), sq.base.name, sq.Rect.base.name)
	fmt.Println(sq.Describe())
	c.Rename("circle!")
	fmt.Println(c.Name())
	c2 := c
	c2.Rename("shared")
	fmt.Println(c.Name(), c2.Name())
	svc := Service{&Logger{prefix: "[svc] "}, "api"}
	svc.Log("starting %s", svc.Name)
	svc.Log("port %d", 8080)
	fmt.Println(strings.Join(svc.lines, "\n"))
	w := Wrapper{Temp(36.6), 1}
	fmt.Println(w.String())
	fmt.Println(w)
	var st Stringer = w
	fmt.Println(st)
	fmt.Printf("%v %+v\n", r, r)
	fmt.Printf("%v\n", sq)
	type Animal interface{ Sound() string }
	var animals []Animal
	fmt.Println(len(animals), animals == nil)
	var shp Shape
	fmt.Println(shp == nil)
	var rp *Rect
	shp = rp
	fmt.Println(shp == nil, shp != nil)
	fmt.Printf("%v %T\n", shp, shp)
	m := map[Shape]string{r: "rect"}
	fmt.Println(m[r], m[Rect{base{"r1"}, 3, 4}], len(m))
	_, isCircle := shapes[0].(Circle)
	_, isRect := shapes[0].(Rect)
	fmt.Println(isCircle, isRect)
	eq := Shape(Rect{base{"a"}, 1, 2}) == Shape(Rect{base{"a"}, 1, 2})
	fmt.Println(eq)
}

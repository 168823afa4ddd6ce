package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() float64 }
type Named interface{ Name() string }

type Sq struct{ S float64 }
type Circ struct{ R float64 }
type Label string

func (s Sq) Area() float64   { return s.S * s.S }
func (s Sq) Name() string    { return "square" }
func (c Circ) Area() float64 { return 3 * c.R * c.R }
func (l Label) Name() string { return string(l) }

func classify(v interface{}) string {
	switch x := v.(type) {
	case Shape:
		if n, ok := x.(Named); ok {
			return fmt.Sprintf("named shape %s area %.1f", n.Name(), x.Area())
		}
		return fmt.Sprintf("anonymous shape area %.1f", x.Area())
	case Named:
		return "just a name: " + x.Name()
	case []interface{}:
		s := "list["
		for i, e := range x {
			if i > 0 {
				s += "; "
			}
			s += classify(e)
		}
		return s + "]"
	case map[string]interface{}:
		return fmt.Sprintf("object with %d fields", len(x))
	case error:
		return "error " + x.Error()
	case nil:
		return "nothing"
	}
	return fmt.Sprintf("unknown %T", v)
}

func main() {
	vals := []interface{}{Sq{2}, Circ{1}, Label("tag"), []interface{}{Sq{1}, nil, 3}, map[string]interface{}{"a": 1},
		errors.New("x"), nil, &Sq{3}}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	var s Shape = Sq{5}
	switch s.(type) {
	case Named:
		fmt.Println("Shape s is also Named")
	}
	switch v := s.(type) {
	case Sq, Circ:
		fmt.Printf("%T %v\n", v, v)
	}
}

package main

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Square struct{ s float64 }

func (q Square) Area() float64 { return q.s * q.s }

type Circle struct{ r float64 }

func (c *Circle) Area() float64      { return 3 * c.r * c.r }
func (c *Circle) Perimeter() float64 { return 6 * c.r }

type Wrong struct{}

func (Wrong) Area() int          { return 0 }
func (Wrong) Perimeter() float64 { return 0 }

func main() {
	var a Shape = Square{1} // ERROR "Square does not implement Shape \(missing (method Perimeter|Perimeter method)\)"
	var b Shape = Circle{1} // ERROR "Circle does not implement Shape \((method Area has pointer receiver|Area method has pointer receiver)\)"
	var c Shape = &Circle{1}
	var d Shape = Wrong{} // ERROR "Wrong does not implement Shape \(wrong type for (method )?Area( method)?\)"
	shapes := []Shape{Square{2}} // ERROR "Square does not implement Shape"
	_, _, _, _, _ = a, b, c, d, shapes
}

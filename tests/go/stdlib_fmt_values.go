package main

import (
	"errors"
	"fmt"
)

type Point struct {
	X, Y int
}

type Person struct {
	Name  string
	age   int
	Home  *Point
	Tags  []string
	Attrs map[string]int
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Wrapper struct {
	C Celsius
	c Celsius
}

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprintf("myerr %d", e.code) }

type Gopher struct{ N int }

func (g Gopher) GoString() string { return "Gopher!" }

type Inner struct{ A, B int }
type Outer struct {
	Inner
	Next *Outer
	Any  interface{}
	Err  error
}

type Color int

const (
	Red Color = iota
	Green
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

func main() {
	p := Point{1, 2}
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	fmt.Printf("%v|%+v|%#v|%T\n", &p, &p, &p, &p)
	var np *Point
	fmt.Printf("%v|%+v|%#v|%T\n", np, np, np, np)
	per := Person{"Ann", 30, nil, []string{"a", "b"}, map[string]int{"z": 1, "a": 2}}
	fmt.Printf("%+v\n", per)
	fmt.Println(per.Tags, per.Attrs, len(fmt.Sprintf("%v", per)) > 0)

	fmt.Println([]int{1, 2, 3}, []int(nil), []string{}, [2]bool{true, false}, [0]int{}, [][]int{{1}, {2, 3}, nil})
	fmt.Printf("%v|%#v|%#v|%#v|%#v\n", []int(nil), []int(nil), []int{}, []string{"x", "y"}, [2]float64{1.5, 2})
	fmt.Printf("%d|%x|%q|%5d|%-4v|\n", []int{10, 11}, []int{10, 255}, []string{"a", "b"}, []int{1, 2}, []int{3})

	m := map[string]int{"banana": 3, "apple": 1, "cherry": 2}
	fmt.Println(m, map[string]int(nil), map[int]bool{})
	fmt.Printf("%v|%#v|%#v\n", m, map[string]int{"b": 2, "a": 1}, map[string]int(nil))
	fmt.Println(map[int]string{10: "x", -1: "z", 3: "c"}, map[float64]string{2.5: "b", -1: "a", 0: "zero"})
	fmt.Println(map[bool]int{true: 1, false: 0}, map[Point]string{{2, 1}: "b", {1, 2}: "a", {1, 1}: "c"})
	fmt.Println(map[[2]int]int{{2, 1}: 1, {1, 9}: 2}, map[string][]int{"k": {1, 2}})

	var e error
	var ip *int
	var iface interface{}
	fmt.Println(e, ip, iface, nil)
	fmt.Printf("%v %v %d %T %T\n", e, iface, iface, e, iface)
	fmt.Println([]interface{}{1, "a", nil, 2.5, []int{1}})
	fmt.Printf("%#v\n", []interface{}{1, "a", nil})

	fmt.Println(Celsius(21.5), []Celsius{1, 2}, Wrapper{1, 2})
	fmt.Printf("%v|%s|%+v|%#v|%x\n", Celsius(21.5), Celsius(-3), Wrapper{1, 2}, Wrapper{1, 2}, Celsius(1))
	dverb := "%d|%e\n"
	fmt.Printf(dverb, Celsius(5), Celsius(5))
	fmt.Println(Red, Green, Color(7), []Color{Green, Red}, map[Color]int{Green: 2, Red: 1})
	fmt.Printf("%v %d %s %q %x\n", Green, Green, Green, Green, Green)

	err := &MyErr{42}
	fmt.Println(err, []error{err, nil})
	fmt.Printf("%v|%s|%q|%+v\n", err, err, err, MyErr{7})
	fmt.Println(errors.New("plain error"))

	fmt.Printf("%v|%#v|%+v|%#v\n", Gopher{1}, Gopher{1}, []Gopher{{2}}, []Gopher{{2}})

	o := Outer{Inner: Inner{1, 2}, Any: 3, Err: errors.New("bad")}
	o.Next = &Outer{Any: "x"}
	fmt.Printf("%v\n%+v\n", o.Inner, o.Next.Inner)
	fmt.Printf("%v %v %+v\n", o.Any, o.Err, Outer{Any: Point{5, 6}})

	fmt.Println(struct{}{}, struct {
		A int
		B string
	}{1, "x"})
	fmt.Printf("%T %T %T %T %T %T\n", struct{ A int }{}, []*Point{}, map[string][]int{}, func(int) string { return "" }, make(chan int), (*error)(nil))
	fmt.Printf("%T %T %T %T\n", 'x', byte(1), 1.5, float32(1))
	fmt.Printf("%v %v\n", [3]Celsius{1, 2, 3}, &[]int{1})
	fmt.Printf("%v %v\n", &map[string]int{"a": 1}, &[2]int{7, 8})
}

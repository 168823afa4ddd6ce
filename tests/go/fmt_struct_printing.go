package main

import (
	"errors"
	"fmt"
)

type Point struct {
	X, Y int
}

type Named struct {
	Name  string
	Tags  []string
	Attrs map[string]int
	P     *Point
	In    Point
	Any   interface{}
	Err   error
	f     float64
	b     []byte
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Pair struct {
	K string
	V Color
}

func main() {
	p := Point{1, 2}
	fmt.Printf("%v\n", p)
	fmt.Printf("%+v\n", p)
	fmt.Printf("%#v\n", p)
	fmt.Printf("%T\n", p)
	fmt.Printf("%v %+v\n", &p, &p)
	n := Named{Name: "x", Tags: []string{"a", "b"}, Attrs: map[string]int{"z": 1, "a": 2}, P: &p, In: p, Any: 3.5, f: 1.5, b: []byte("hi")}
	fmt.Printf("%v\n", n.Tags)
	fmt.Printf("%+v\n", n.In)
	fmt.Printf("%#v\n", n.Tags)
	fmt.Printf("%#v\n", n.Attrs)
	fmt.Printf("%#v\n", n.Any)
	fmt.Printf("%v\n", n.Attrs)
	fmt.Printf("%#v\n", n.b)
	fmt.Printf("%v %s %x %X % x\n", n.b, n.b, n.b, n.b, n.b)
	var e error = errors.New("boom")
	n.Err = e
	fmt.Printf("%v\n", n.Err)
	fmt.Printf("%+v\n", struct {
		A int
		B string
	}{1, "two"})
	fmt.Printf("%#v\n", struct {
		A int
		B string
	}{1, "two"})
	var c Celsius = 21.55
	fmt.Println(c)
	fmt.Printf("%v %s %.2f %d\n", c, c, c, Green)
	fmt.Printf("%v %d %x\n", Blue, Blue, Color(10))
	fmt.Println(Color(7))
	ps := []Pair{{"a", Red}, {"b", Blue}}
	fmt.Printf("%v\n", ps)
	fmt.Printf("%+v\n", ps)
	fmt.Printf("%#v\n", ps)
	m := map[Color]string{Blue: "b", Red: "r"}
	fmt.Println(m)
	var np *Point
	fmt.Printf("%v %+v\n", np, np)
	var ni interface{}
	fmt.Printf("%v %#v\n", ni, ni)
	fmt.Printf("%#v %#v %#v %#v\n", 42, "s", 3.0, true)
	fmt.Printf("%#v\n", []interface{}{1, "a", nil, 2.5})
	fmt.Printf("%v\n", [3]int{1, 2, 3})
	fmt.Printf("%#v\n", [2]bool{true, false})
	fmt.Printf("%q\n", []string{"a b", "c\"d"})
	fmt.Printf("%x\n", "hello")
	fmt.Printf("%08.3f|%-8d|%+d|%5s|%-5s|\n", 3.14159, 42, 7, "ab", "cd")
	fmt.Printf("%5.1f%%\n", 99.5)
	fmt.Printf("%c %U %q\n", 'G', 'G', 'G')
	fmt.Printf("%t %v\n", false, true)
	fmt.Printf("%o %O %b %#x %#o\n", 64, 64, 5, 255, 8)
	fmt.Printf("%6.2e %g %G\n", 123456.789, 1e21, 1e-7)
	// Misused verbs, through variables so that vet accepts the file.
	bad := []string{"%d %s\n", "%d\n", "%d %d\n", "%!\n", "%z\n"}
	fmt.Printf(bad[0], "str", 5)
	fmt.Printf(bad[1])
	fmt.Printf(bad[2], 1, 2, 3)
	fmt.Printf(bad[3], 1)
	fmt.Printf(bad[4], 1)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0))
	fmt.Println(fmt.Sprintln("a", 1))
	type inner struct{ A, B int }
	type outer struct {
		I  inner
		PI *inner
		S  []inner
	}
	o := outer{I: inner{1, 2}, PI: &inner{3, 4}, S: []inner{{5, 6}}}
	fmt.Printf("%v\n", o.I)
	fmt.Printf("%+v\n", o.S)
	fmt.Printf("%v\n", *o.PI)
}

// gc's order inside a statement: calls, len, slicing and conversions through memory first.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Stack struct {
	items []int
}

func (s *Stack) Push(v int) int { s.items = append(s.items, v); return len(s.items) }
func (s *Stack) Pop() int {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

type Counter struct{ n int }

func (c *Counter) Inc() int { c.n++; return c.n }

type Point struct{ X, Y int }

func (p *Point) Move() Point { p.X++; return *p }

var total int

func add(n int) int { total += n; return total }

func trace(s string) string { fmt.Println("call", s); return s }

type Flag bool

var flags = map[string]bool{}

func setFlag(k string) bool { flags[k] = true; return true }

func named() (res int, err error) {
	res = 5
	return res, bump(&res)
}

func bump(p *int) error { *p += 10; return nil }

func main() {
	s := &Stack{}
	s.Push(1)
	s.Push(2)
	s.Push(3)
	fmt.Println(len(s.items), s.Pop(), len(s.items))
	fmt.Println(s.items, s.Push(9), s.items)
	c := Counter{}
	fmt.Println(c.n, c.Inc(), c.n, c.Inc())
	fmt.Printf("before=%d after=%d\n", c.n, c.Inc())
	p := Point{1, 1}
	fmt.Println(p, p.Move(), p.X)
	pp := &Point{5, 5}
	fmt.Println(*pp, pp.Move(), pp.X)
	fmt.Println(total, add(5), total)
	total += add(1)
	fmt.Println(total)
	x := 10
	x += func() int { x = 100; return 1 }()
	fmt.Println(x)
	arr := []int{1, 2, 3}
	i := 0
	arr[i] = func() int { i = 2; return 9 }()
	fmt.Println(arr, i)
	fmt.Println(trace("a")+trace("b"), strings.ToUpper(trace("c")))
	var b bool
	var i8 int8 = 1
	mod8 := func() int { i8 = 7; b = true; return 0 }
	fmt.Println(i8, b, mod8(), i8, b)
	var f32 float32 = 1.5
	var i16 int16 = 2
	modf := func() int { f32 = 9.5; i16 = 9; return 0 }
	fmt.Println(f32, i16, modf())
	str := "a"
	sl := []int{1}
	m := map[string]int{"k": 1}
	mods := func() int { str = "b"; sl = append(sl, 2); m["k"] = 2; return 0 }
	fmt.Println(str, sl, m, mods())
	pt := Point{1, 2}
	modp := func() int { pt.X = 50; return 0 }
	fmt.Println(pt, modp())
	type one struct{ v int }
	o := one{1}
	modo := func() int { o.v = 2; return 0 }
	fmt.Println(o, modo())
	fmt.Println(named())
	fmt.Println(flags["x"], setFlag("x"), flags["x"])
	fmt.Println(len(flags) > 0 && flags["y"], setFlag("y"))
	e := errors.New("e1")
	reset := func() error { e = errors.New("e2"); return nil }
	fmt.Println(e, reset())
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		fmt.Println(strings.Repeat("=", 3))
	}()
	idx := []int{1}
	fmt.Println(idx[5], trace("before panic"))
}

package main

import "fmt"

type Mover interface{ Move(dx int) }
type Positioner interface{ Pos() int }

type Robot struct{ x int }

func (r *Robot) Move(dx int) { r.x += dx }
func (r Robot) Pos() int     { return r.x }

type Fleet []Robot

func (f Fleet) Positions() []int {
	out := []int{}
	for _, r := range f {
		out = append(out, r.Pos())
	}
	return out
}

func moveAll(ms []Mover, dx int) {
	for _, m := range ms {
		m.Move(dx)
	}
}

func main() {
	r := Robot{}
	r.Move(3) // auto address
	fmt.Println(r.Pos())
	var m Mover = &r // only *Robot implements Mover
	m.Move(2)
	fmt.Println(r.x)
	var p Positioner = r // value has Pos
	r.Move(100)
	fmt.Println(p.Pos(), r.Pos()) // p holds a copy
	var p2 Positioner = &r        // pointer also has Pos
	r.Move(1)
	fmt.Println(p2.Pos())
	f := Fleet{{1}, {2}, {3}}
	ms := []Mover{&f[0], &f[2]}
	moveAll(ms, 10)
	fmt.Println(f.Positions())
	_, isMover := p.(Mover)
	_, isMover2 := p2.(Mover)
	fmt.Println(isMover, isMover2)
	// Method value on an interface.
	mv := m.Move
	mv(1000)
	fmt.Println(r.x)
}

package main

import (
	"fmt"
	"sort"
	"strings"
)

type Set map[string]struct{}

func (s Set) Add(v string)      { s[v] = struct{}{} }
func (s Set) Has(v string) bool { _, ok := s[v]; return ok }
func (s Set) Sorted() []string {
	out := make([]string, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

type Path []string

func (p Path) String() string { return "/" + strings.Join(p, "/") }
func (p *Path) Push(s string) { *p = append(*p, s) }
func (p *Path) Pop() string {
	old := *p
	last := old[len(old)-1]
	*p = old[:len(old)-1]
	return last
}

type Func func(int) int

func (f Func) Twice(x int) int { return f(f(x)) }

func main() {
	s := Set{}
	for _, w := range strings.Fields("b a c a b d") {
		s.Add(w)
	}
	fmt.Println(s.Sorted(), s.Has("c"), s.Has("z"), len(s))
	var p Path
	p.Push("usr")
	p.Push("local")
	p.Push("bin")
	fmt.Println(p, len(p))
	fmt.Println(p.Pop(), p)
	inc := Func(func(x int) int { return x + 3 })
	fmt.Println(inc.Twice(1))
	sq := Func(func(x int) int { return x * x })
	fmt.Println(sq.Twice(3))
}

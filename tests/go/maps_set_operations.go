package main

import (
	"fmt"
	"sort"
)

type Set map[int]bool

func of(xs ...int) Set {
	s := Set{}
	for _, x := range xs {
		s[x] = true
	}
	return s
}

func (s Set) Union(o Set) Set {
	r := Set{}
	for k := range s {
		r[k] = true
	}
	for k := range o {
		r[k] = true
	}
	return r
}

func (s Set) Intersect(o Set) Set {
	r := Set{}
	for k := range s {
		if o[k] {
			r[k] = true
		}
	}
	return r
}

func (s Set) Minus(o Set) Set {
	r := Set{}
	for k := range s {
		if !o[k] {
			r[k] = true
		}
	}
	return r
}

func (s Set) Sorted() []int {
	out := make([]int, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	sort.Ints(out)
	return out
}

func (s Set) SubsetOf(o Set) bool {
	for k := range s {
		if !o[k] {
			return false
		}
	}
	return true
}

func main() {
	a := of(1, 2, 3, 4, 5)
	b := of(4, 5, 6, 7)
	fmt.Println(a.Union(b).Sorted())
	fmt.Println(a.Intersect(b).Sorted())
	fmt.Println(a.Minus(b).Sorted(), b.Minus(a).Sorted())
	fmt.Println(of(4, 5).SubsetOf(a), b.SubsetOf(a), Set{}.SubsetOf(a))
	fmt.Println(a, len(a))
	evens := Set{}
	for i := 0; i < 20; i += 2 {
		evens[i] = true
	}
	threes := Set{}
	for i := 0; i < 20; i += 3 {
		threes[i] = true
	}
	fmt.Println(evens.Intersect(threes).Sorted(), len(evens.Union(threes)))
	delete(a, 3)
	a[10] = false
	fmt.Println(a, a[3], a[10], len(a))
}

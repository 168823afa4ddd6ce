// Go 1.21/1.22 generic standard packages: cmp, slices, maps (with Go 1.23's maps.Keys
// iterator), sync.OnceValue/OnceValues and atomic.Pointer[T].
//
// Expected output (hand-checked):
//
//	"[1 2 3 5 8 9] true 5 9 1"      Sort; Contains 8; Index of 9; Max; Min
//	"3 true"                        BinarySearch finds 5 at index 3
//	"[Apple fig pear] -1 false"     SortFunc case-insensitive; Compare(1.5, 2) = -1; Less("b","a")
//	"[{Bo 25} {Di 25} {Al 30} {Cy 30}]"  stable sort by age keeps Bo before Di, Al before Cy
//	"[9 8 5 3 2 1] [1 2 3 5 8 9] false"  Reverse of a Clone leaves the original alone
//	"[100 200 8 5 3 2 1] [1 2 3 1]" Insert 100, 200 at 1, Delete [0:1]; Compact of runs
//	"4"                             first element < 5 is 3, at index 4
//	"false 3"                       Clone plus one key is not Equal; it has 3 keys
//	"map[b:2]"                      DeleteFunc removed the odd values
//	"[a b]"                         keys collected from the maps.Keys iterator, sorted
//	"computing" / "42 42"           OnceValue runs f once (both calls are evaluated first)
//	"x <nil>"                       OnceValues
//	"true"                          a zero Pointer loads nil
//	"Al false true Bo"              CAS(nil, al) fails once al is stored; CAS(al, Bo) succeeds
//	"Bo <nil>"                      Swap(nil) returns the old pointer
package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	xs := []int{5, 2, 8, 1, 9, 3}
	slices.Sort(xs)
	fmt.Println(xs, slices.Contains(xs, 8), slices.Index(xs, 9), slices.Max(xs), slices.Min(xs))
	i, ok := slices.BinarySearch(xs, 5)
	fmt.Println(i, ok)
	ss := []string{"pear", "Apple", "fig"}
	slices.SortFunc(ss, func(a, b string) int { return cmp.Compare(strings.ToLower(a), strings.ToLower(b)) })
	fmt.Println(ss, cmp.Compare(1.5, 2.0), cmp.Less("b", "a"))
	ps := []Person{{"Al", 30}, {"Bo", 25}, {"Cy", 30}, {"Di", 25}}
	slices.SortStableFunc(ps, func(a, b Person) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(ps)
	ys := slices.Clone(xs)
	slices.Reverse(ys)
	fmt.Println(ys, xs, slices.Equal(xs, ys))
	ys = slices.Insert(ys, 1, 100, 200)
	ys = slices.Delete(ys, 0, 1)
	fmt.Println(ys, slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}))
	fmt.Println(slices.IndexFunc(ys, func(v int) bool { return v < 5 }))
	m := map[string]int{"a": 1, "b": 2}
	m2 := maps.Clone(m)
	m2["c"] = 3
	fmt.Println(maps.Equal(m, m2), len(m2))
	maps.DeleteFunc(m2, func(k string, v int) bool { return v%2 == 1 })
	fmt.Println(m2)
	keys := []string{}
	for k := range maps.Keys(m) {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	fmt.Println(keys)
	get := sync.OnceValue(func() int { fmt.Println("computing"); return 42 })
	fmt.Println(get(), get())
	gv := sync.OnceValues(func() (string, error) { return "x", nil })
	s, err := gv()
	fmt.Println(s, err)
	var p atomic.Pointer[Person]
	fmt.Println(p.Load() == nil)
	al := &Person{"Al", 1}
	p.Store(al)
	fmt.Println(p.Load().Name, p.CompareAndSwap(nil, al), p.CompareAndSwap(al, &Person{"Bo", 2}), p.Load().Name)
	old := p.Swap(nil)
	fmt.Println(old.Name, p.Load())
}

package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }

type Key struct {
	Name string
	Pos  Point
}

func main() {
	visits := map[Point]int{}
	path := []Point{{0, 0}, {1, 0}, {1, 1}, {0, 0}, {1, 1}, {0, 0}}
	for _, p := range path {
		visits[p]++
	}
	fmt.Println(visits)
	fmt.Println(visits[Point{0, 0}], visits[Point{5, 5}])
	k := map[Key]string{}
	k[Key{"a", Point{1, 2}}] = "first"
	k[Key{"a", Point{1, 2}}] = "overwritten"
	k[Key{"b", Point{1, 2}}] = "second"
	fmt.Println(len(k), k[Key{"a", Point{1, 2}}])
	arr := map[[3]int]string{{1, 2, 3}: "abc", {3, 2, 1}: "cba"}
	fmt.Println(arr[[3]int{3, 2, 1}], arr)
	// Interface keys: dynamic type matters.
	im := map[interface{}]string{}
	im[1] = "int"
	im[int64(1)] = "int64"
	im["1"] = "string"
	im[Point{1, 1}] = "point"
	fmt.Println(len(im), im[1], im[int64(1)], im["1"], im[Point{1, 1}])
	// Pointer keys: identity.
	p1, p2 := &Point{}, &Point{}
	pm := map[*Point]int{p1: 1, p2: 2}
	fmt.Println(len(pm), pm[p1], pm[p2])
	// Sorting struct keys for deterministic iteration.
	var pts []Point
	for p := range visits {
		pts = append(pts, p)
	}
	sort.Slice(pts, func(i, j int) bool {
		if pts[i].X != pts[j].X {
			return pts[i].X < pts[j].X
		}
		return pts[i].Y < pts[j].Y
	})
	for _, p := range pts {
		fmt.Printf("%+v=%d ", p, visits[p])
	}
	fmt.Println()
	// Float keys: NaN never equal.
	fm := map[float64]int{}
	fm[0.5] = 1
	fm[-0.0] = 2
	fm[0.0] = 3
	fmt.Println(len(fm), fm[0])
}

package main

import "fmt"

type Version struct{ Major, Minor, Patch int }

func (v Version) Less(o Version) bool {
	if v.Major != o.Major {
		return v.Major < o.Major
	}
	if v.Minor != o.Minor {
		return v.Minor < o.Minor
	}
	return v.Patch < o.Patch
}

type Release struct {
	Version
	Name   string
	Stable bool
}

func main() {
	a := Release{Version{1, 2, 3}, "alpha", false}
	b := Release{Version{1, 2, 3}, "alpha", false}
	c := a
	c.Patch = 4
	fmt.Println(a == b, a == c, a.Less(c.Version), c.Less(a.Version))
	fmt.Printf("%v %+v\n", c, c)
	seen := map[Release]int{a: 1}
	seen[b]++
	seen[c]++
	fmt.Println(len(seen), seen[a])
	pts := []struct{ X, Y int }{{1, 2}, {3, 4}}
	pts = append(pts, struct{ X, Y int }{5, 6})
	fmt.Println(pts, len(pts))
	var zero Release
	fmt.Println(zero == Release{}, zero.Version == Version{})
	type pair struct {
		a, b interface{}
	}
	p1 := pair{1, "x"}
	p2 := pair{1, "x"}
	p3 := pair{int64(1), "x"}
	fmt.Println(p1 == p2, p1 == p3)
	arr1 := [2]Version{{1, 0, 0}, {2, 0, 0}}
	arr2 := arr1
	arr2[1].Minor = 1
	fmt.Println(arr1 == arr2, arr1[1], arr2[1])
}

package main

import "fmt"

func main() {
	a := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	s := a[2:5]
	fmt.Println(s, len(s), cap(s))
	s = s[:cap(s)]
	fmt.Println(s, len(s), cap(s))
	t := a[7:]
	t[0] = 70
	fmt.Println(a)
	u := s[1:3]
	u = append(u, 100)
	fmt.Println(a, u, len(u), cap(u))
	// 3-index slices limit capacity.
	v := a[2:4:5]
	fmt.Println(v, len(v), cap(v))
	v = append(v, -1)
	fmt.Println(a[4], v)
	v = append(v, -2)
	v[0] = 999
	fmt.Println(a[2], v, len(v))
	w := a[:0:0]
	fmt.Println(w, len(w), cap(w), w == nil)
	// make
	m := make([]string, 2, 5)
	fmt.Printf("%q %d %d\n", m, len(m), cap(m))
	m2 := m[1:4]
	fmt.Printf("%q %d %d\n", m2, len(m2), cap(m2))
	// nil vs empty
	var n []int
	e := []int{}
	fmt.Println(n == nil, e == nil, len(n), len(e))
	fmt.Printf("%v %v %#v %#v\n", n, e, n, e)
	// 2D slices
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, i+1)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)
	// slices of arrays
	arr := [5]int{1, 2, 3, 4, 5}
	sl := arr[1:4]
	sl[0] = 20
	fmt.Println(arr, sl, cap(sl))
	pa := &arr
	fmt.Println(pa[1:2], len(pa[:]))
}

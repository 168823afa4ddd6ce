package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	n = copy(src[1:], src)
	fmt.Println(n, src)
	src = []int{1, 2, 3, 4, 5}
	n = copy(src, src[2:])
	fmt.Println(n, src)
	var empty []int
	fmt.Println(copy(empty, src), copy(src, empty))
	// Aliasing: two slices share an array until append reallocates.
	base := make([]int, 3, 4)
	x := append(base, 1)
	y := append(base, 2)
	fmt.Println(base, x, y)
	x[0] = 42
	fmt.Println(base[0], y[0])
	z := append(x, 3)
	z[1] = 7
	fmt.Println(x, z, len(z), cap(z) > cap(x))
	// Removing an element in place.
	s := []string{"a", "b", "c", "d", "e"}
	i := 2
	s = append(s[:i], s[i+1:]...)
	fmt.Println(s, len(s), cap(s))
	// Insert
	s = append(s[:1], append([]string{"X"}, s[1:]...)...)
	fmt.Println(s)
	// Filter in place
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8}
	kept := nums[:0]
	for _, v := range nums {
		if v%2 == 0 {
			kept = append(kept, v)
		}
	}
	fmt.Println(kept, nums)
	// Reverse
	for l, r := 0, len(kept)-1; l < r; l, r = l+1, r-1 {
		kept[l], kept[r] = kept[r], kept[l]
	}
	fmt.Println(kept)
	// Slices of slices share
	matrix := [][]int{{1, 2}, {3, 4}}
	row := matrix[0]
	row[1] = 20
	fmt.Println(matrix)
	cp := make([][]int, len(matrix))
	copy(cp, matrix)
	cp[1][0] = 30
	cp[0] = []int{0}
	fmt.Println(matrix, cp)
}

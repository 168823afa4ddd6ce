package main

import (
	"fmt"
	"sort"
)

func main() {
	rows, cols := 4, 5
	flat := make([]int, rows*cols)
	grid := make([][]int, rows)
	for r := range grid {
		grid[r] = flat[r*cols : (r+1)*cols]
	}
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			grid[r][c] = (r + 1) * (c + 1)
		}
	}
	fmt.Println(flat)
	for _, row := range grid {
		fmt.Println(row)
	}
	// Appending to a row whose capacity reaches into the next row overwrites it!
	grid[0] = append(grid[0], -1)
	fmt.Println(grid[1][0], cap(grid[0]))
	// Transpose
	t := make([][]int, cols)
	for c := range t {
		t[c] = make([]int, rows)
		for r := range t[c] {
			t[c][r] = grid[r][c]
		}
	}
	fmt.Println(t)
	// Sort rows by their sum descending.
	pts := [][]int{{3, 1}, {1, 1}, {2, 5}, {0, 0}, {4, 4}}
	sort.Slice(pts, func(i, j int) bool {
		si, sj := pts[i][0]+pts[i][1], pts[j][0]+pts[j][1]
		if si != sj {
			return si > sj
		}
		return pts[i][0] < pts[j][0]
	})
	fmt.Println(pts)
	// Jagged triangle
	var tri [][]int
	for i := 0; i < 6; i++ {
		row := make([]int, i+1)
		row[0], row[i] = 1, 1
		for j := 1; j < i; j++ {
			row[j] = tri[i-1][j-1] + tri[i-1][j]
		}
		tri = append(tri, row)
	}
	fmt.Println(tri)
}

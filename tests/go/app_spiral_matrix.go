package main

import "fmt"

func spiral(n, m int) [][]int {
	g := make([][]int, n)
	for i := range g {
		g[i] = make([]int, m)
	}
	top, bottom, left, right := 0, n-1, 0, m-1
	k := 1
	for top <= bottom && left <= right {
		for c := left; c <= right; c++ {
			g[top][c] = k
			k++
		}
		top++
		for r := top; r <= bottom; r++ {
			g[r][right] = k
			k++
		}
		right--
		if top <= bottom {
			for c := right; c >= left; c-- {
				g[bottom][c] = k
				k++
			}
			bottom--
		}
		if left <= right {
			for r := bottom; r >= top; r-- {
				g[r][left] = k
				k++
			}
			left++
		}
	}
	return g
}

func rotate(g [][]int) [][]int {
	n, m := len(g), len(g[0])
	out := make([][]int, m)
	for i := range out {
		out[i] = make([]int, n)
		for j := range out[i] {
			out[i][j] = g[n-1-j][i]
		}
	}
	return out
}

func show(g [][]int) {
	for _, row := range g {
		for _, v := range row {
			fmt.Printf("%3d", v)
		}
		fmt.Println()
	}
}

func main() {
	g := spiral(4, 5)
	show(g)
	fmt.Println()
	show(rotate(g))
	fmt.Println(spiral(1, 3), spiral(3, 1))
	diag := 0
	s := spiral(7, 7)
	for i := 0; i < 7; i++ {
		diag += s[i][i] + s[i][6-i]
	}
	fmt.Println(diag - s[3][3])
}

package main

import (
	"fmt"
	"math"
)

type Matrix [][]float64

func (m Matrix) Clone() Matrix {
	c := make(Matrix, len(m))
	for i := range m {
		c[i] = append([]float64(nil), m[i]...)
	}
	return c
}

func det(m Matrix) float64 {
	a := m.Clone()
	n := len(a)
	d := 1.0
	for col := 0; col < n; col++ {
		pivot := col
		for r := col + 1; r < n; r++ {
			if math.Abs(a[r][col]) > math.Abs(a[pivot][col]) {
				pivot = r
			}
		}
		if a[pivot][col] == 0 {
			return 0
		}
		if pivot != col {
			a[pivot], a[col] = a[col], a[pivot]
			d = -d
		}
		d *= a[col][col]
		for r := col + 1; r < n; r++ {
			f := a[r][col] / a[col][col]
			for c := col; c < n; c++ {
				a[r][c] -= f * a[col][c]
			}
		}
	}
	return d
}

func detInt(m [][]int) int {
	n := len(m)
	if n == 1 {
		return m[0][0]
	}
	total := 0
	sign := 1
	for c := 0; c < n; c++ {
		var minor [][]int
		for r := 1; r < n; r++ {
			var row []int
			row = append(row, m[r][:c]...)
			row = append(row, m[r][c+1:]...)
			minor = append(minor, row)
		}
		total += sign * m[0][c] * detInt(minor)
		sign = -sign
	}
	return total
}

func main() {
	ms := []Matrix{
		{{2}},
		{{1, 2}, {3, 4}},
		{{6, 1, 1}, {4, -2, 5}, {2, 8, 7}},
		{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}},
		{{0, 1}, {1, 0}},
	}
	for _, m := range ms {
		fmt.Printf("%v -> %.4f\n", m, det(m))
	}
	hilbert := make(Matrix, 5)
	for i := range hilbert {
		hilbert[i] = make([]float64, 5)
		for j := range hilbert[i] {
			hilbert[i][j] = 1 / float64(i+j+1)
		}
	}
	fmt.Printf("%.6e\n", det(hilbert))
	fmt.Println(detInt([][]int{{6, 1, 1}, {4, -2, 5}, {2, 8, 7}}), detInt([][]int{{1, 0, 2, -1}, {3, 0, 0, 5}, {2, 1, 4, -3}, {1, 0, 5, 0}}))
}

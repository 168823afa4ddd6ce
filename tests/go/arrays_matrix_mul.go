package main

import "fmt"

const N = 4

type Matrix [N][N]int

func identity() Matrix {
	var m Matrix
	for i := 0; i < N; i++ {
		m[i][i] = 1
	}
	return m
}

func mul(a, b Matrix) Matrix {
	var c Matrix
	for i := 0; i < N; i++ {
		for j := 0; j < N; j++ {
			s := 0
			for k := 0; k < N; k++ {
				s += a[i][k] * b[k][j]
			}
			c[i][j] = s
		}
	}
	return c
}

func transpose(a Matrix) Matrix {
	for i := 0; i < N; i++ {
		for j := i + 1; j < N; j++ {
			a[i][j], a[j][i] = a[j][i], a[i][j]
		}
	}
	return a
}

func mulSlices(a, b [][]float64) [][]float64 {
	n, m, p := len(a), len(b), len(b[0])
	c := make([][]float64, n)
	for i := range c {
		c[i] = make([]float64, p)
		for j := 0; j < p; j++ {
			for k := 0; k < m; k++ {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

func main() {
	var a Matrix
	for i := 0; i < N; i++ {
		for j := 0; j < N; j++ {
			a[i][j] = i*N + j
		}
	}
	fmt.Println(mul(a, identity()) == a)
	p := mul(a, a)
	for _, row := range p {
		fmt.Println(row)
	}
	fmt.Println(transpose(a))
	fmt.Println(a[0])
	fib := Matrix{{1, 1}, {1, 0}}
	r := identity()
	for i := 0; i < 10; i++ {
		r = mul(r, fib)
	}
	fmt.Println(r[0][1])
	x := [][]float64{{1, 2, 3}, {4, 5, 6}}
	y := [][]float64{{7, 8}, {9, 10}, {11, 12}}
	fmt.Println(mulSlices(x, y))
}

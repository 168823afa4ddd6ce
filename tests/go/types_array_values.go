package main

import "fmt"

type Grid [3][3]int

func modify(g Grid) Grid {
	g[1][1] = 5
	return g
}

func modifyPtr(g *Grid) { g[0][0] = 9 }

func main() {
	var g Grid
	g2 := modify(g)
	fmt.Println(g)
	fmt.Println(g2)
	modifyPtr(&g)
	fmt.Println(g)
	a := [...]string{2: "c", 0: "a"}
	fmt.Println(len(a), a)
	fmt.Printf("%q\n", a)
	b := [5]int{1, 2, 3}
	c := b
	c[4] = 100
	fmt.Println(b, c)
	// Array of structs copied by value in range.
	type item struct{ n int }
	items := [2]item{{1}, {2}}
	for _, it := range items {
		it.n *= 10
	}
	fmt.Println(items)
	for i := range items {
		items[i].n *= 10
	}
	fmt.Println(items)
	// Range over array evaluates a copy.
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println(arr)
	// Multi-dimensional arrays
	var m [2][4]int
	for i := 0; i < 2; i++ {
		for j := 0; j < 4; j++ {
			m[i][j] = i*4 + j
		}
	}
	fmt.Println(m, len(m), len(m[0]))
}

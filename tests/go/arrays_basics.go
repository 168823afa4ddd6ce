package main

import "fmt"

func sum(a [5]int) int {
	t := 0
	for _, v := range a {
		t += v
	}
	a[0] = 1000 // modifies the copy only
	return t
}

func rotate(a *[5]int) {
	first := a[0]
	copy(a[:], a[1:])
	a[len(a)-1] = first
}

func main() {
	var a [5]int
	for i := range a {
		a[i] = i * i
	}
	fmt.Println(a, len(a), cap(a), sum(a), a[0])
	rotate(&a)
	fmt.Println(a)
	b := [...]float64{1.5, 2.5}
	fmt.Printf("%T %v\n", b, b)
	c := [2][3]string{{"a", "b", "c"}, {"d", "e", "f"}}
	for _, row := range c {
		for _, v := range row {
			fmt.Print(v)
		}
	}
	fmt.Println()
	// Arrays as map keys and values.
	seen := map[[2]int]bool{}
	seen[[2]int{1, 2}] = true
	fmt.Println(seen[[2]int{1, 2}], seen[[2]int{2, 1}])
	// Array of arrays assignment copies deeply.
	d := c
	d[0][0] = "Z"
	fmt.Println(c[0][0], d[0][0])
	var bools [4]bool
	bools[2] = true
	fmt.Println(bools)
	type Vec [3]float64
	v := Vec{1, 2, 3}
	w := v
	w[0] = 10
	fmt.Println(v, w, v == Vec{1, 2, 3})
	// Zero-length array
	var z [0]int
	fmt.Println(len(z), z)
	idx := [...]int{5: 1, 2, 0: 7}
	fmt.Println(idx, len(idx))
}

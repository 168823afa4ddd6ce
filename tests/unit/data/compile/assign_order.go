package main

import "fmt"

type P struct{ x int }

func main() {
	a := []int{0, 0, 0}
	i := 0
	i, a[i] = 1, 2
	fmt.Println(i, a)
	s := []int{1, 2}
	t := []int{3, 4}
	s, s[0] = t, 9
	fmt.Println(s, t)
	p := &P{1}
	q := &P{2}
	p, p.x = q, 5
	fmt.Println(*p, *q)
	x, y := 1, 2
	x, y = y, x
	fmt.Println(x, y)
	a[0], a[1], a[2] = a[2], a[0], a[1]
	fmt.Println(a)
	m := map[string]int{}
	k := "a"
	k, m[k] = "b", 1
	fmt.Println(k, m)
}

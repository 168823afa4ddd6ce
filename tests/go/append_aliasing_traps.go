package main

import "fmt"

func addOne(s []int) []int {
	return append(s, 1)
}

func modifyFirst(s []int) {
	s[0] = -1
}

func appendInPlace(s *[]int, v int) {
	*s = append(*s, v)
}

func main() {
	a := make([]int, 2, 10)
	b := addOne(a)
	c := addOne(a)
	b[2] = 100
	fmt.Println(a, b, c, len(a), len(b), cap(b))
	d := []int{1, 2}
	e := addOne(d)
	f := addOne(d)
	e[2] = 100
	fmt.Println(d, e, f)
	modifyFirst(d)
	fmt.Println(d)
	var g []int
	for i := 0; i < 5; i++ {
		appendInPlace(&g, i)
	}
	fmt.Println(g, len(g), cap(g))
	// append to nil with zero elements stays nil
	var h []int
	h = append(h)
	fmt.Println(h == nil, len(h))
	h = append(h, []int{}...)
	fmt.Println(h == nil)
	// append a slice to itself
	s := []int{1, 2, 3}
	s = append(s, s...)
	fmt.Println(s, len(s), cap(s))
	s = append(s[:2], s[3:]...)
	fmt.Println(s)
	// Overlapping append within capacity
	t := make([]int, 3, 6)
	copy(t, []int{1, 2, 3})
	u := append(t[:1], t...)
	fmt.Println(t, u)
	// Strings appended to []byte
	bs := append([]byte(nil), "hi"...)
	bs = append(bs, " there"...)
	fmt.Println(string(bs), cap(bs) >= len(bs))
	// copy returns min(len)
	fmt.Println(copy(make([]int, 2), []int{1, 2, 3}), copy(make([]int, 5), []int{1}))
}

package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func inc(p *int) { *p++ }

func swap(a, b *int) { *a, *b = *b, *a }

func newInt(v int) *int { return &v }

func main() {
	x := 10
	p := &x
	inc(p)
	inc(&x)
	fmt.Println(x, *p)
	y := 20
	swap(&x, &y)
	fmt.Println(x, y)
	q := newInt(5)
	r := newInt(5)
	fmt.Println(*q == *r, q == r)
	pp := &p
	**pp = 99
	fmt.Println(x)
	var head *Node
	for i := 3; i > 0; i-- {
		head = &Node{i, head}
	}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
	// Pointer to struct: auto-dereference on field access.
	n := &Node{Val: 7}
	n.Val += 1
	(*n).Val *= 2
	fmt.Println(n.Val, n.Next == nil)
	// Pointer to array element and to field.
	arr := [3]int{1, 2, 3}
	ep := &arr[1]
	*ep = 20
	fp := &n.Val
	*fp = 0
	fmt.Println(arr, n.Val)
	// new
	z := new(int)
	s := new([]string)
	*s = append(*s, "hi")
	fmt.Println(*z, *s, len(*s))
	pa := &arr
	pa[2] = 30
	fmt.Println(arr, len(pa))
	for i, v := range pa {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
}

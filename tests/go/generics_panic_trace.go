package main

import "fmt"

type Box[T any] struct{ items []T }

func (b *Box[T]) At(i int) T { return b.items[i] }

func Apply[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	b := &Box[string]{items: []string{"a", "b"}}
	fmt.Println(Apply([]int{0, 1}, func(i int) string { return b.At(i) }))
	fmt.Println(Apply([]int{1, 2}, func(i int) string { return b.At(i) }))
}

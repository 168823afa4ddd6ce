package main

import (
	"fmt"
	"strconv"
)

type Stringer interface{ String() string }

type Celsius float64

func (c Celsius) String() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "C" }

type ID int

func (i ID) String() string { return "#" + strconv.Itoa(int(i)) }

func JoinAll[T Stringer](xs []T, sep string) string {
	s := ""
	for i, x := range xs {
		if i > 0 {
			s += sep
		}
		s += x.String()
	}
	return s
}

type Ordered interface {
	~int | ~int64 | ~float64 | ~string
}

func SortInsertion[T Ordered](xs []T) {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && xs[j] < xs[j-1]; j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

type Numeric interface{ ~int | ~float64 }

func Scale[S ~[]E, E Numeric](s S, k E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * k
	}
	return out
}

type Vec []float64

func (v Vec) Norm1() float64 {
	t := 0.0
	for _, x := range v {
		if x < 0 {
			x = -x
		}
		t += x
	}
	return t
}

func main() {
	fmt.Println(JoinAll([]Celsius{20, 36.6}, ", "), JoinAll([]ID{1, 22, 333}, " "))
	xs := []string{"pear", "apple", "fig"}
	SortInsertion(xs)
	ns := []float64{3.5, -1, 2}
	SortInsertion(ns)
	ids := []ID{5, 2, 9}
	SortInsertion(ids)
	fmt.Println(xs, ns, ids)
	fmt.Println(Index(xs, "fig"), Index([]ID{1, 2}, 3), Index([]string{"a", "b"}, "b"))
	v := Scale(Vec{1, -2, 3}, 2)
	fmt.Printf("%v %T %v\n", v, v, v.Norm1())
}

package main

import (
	"fmt"
	"sort"
	"strconv"
)

type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~float32 | ~float64 | ~string
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	out := xs[:0:0]
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, acc A, f func(A, T) A) A {
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Max[T Ordered](first T, rest ...T) T {
	m := first
	for _, v := range rest {
		if v > m {
			m = v
		}
	}
	return m
}

func SumOf[S ~[]E, E Number](s S) E {
	var total E
	for _, v := range s {
		total += v
	}
	return total
}

// Recursion: a generic quicksort and a generic binary tree.
func QuickSort[T Ordered](xs []T) []T {
	if len(xs) < 2 {
		return xs
	}
	pivot := xs[0]
	var less, more []T
	for _, x := range xs[1:] {
		if x < pivot {
			less = append(less, x)
		} else {
			more = append(more, x)
		}
	}
	out := append(QuickSort(less), pivot)
	return append(out, QuickSort(more)...)
}

type Tree[T Ordered] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree[T]) Walk(visit func(T)) {
	if t == nil {
		return
	}
	t.Left.Walk(visit)
	visit(t.Val)
	t.Right.Walk(visit)
}

func Depth[T Ordered](t *Tree[T]) int {
	if t == nil {
		return 0
	}
	return 1 + Max(Depth(t.Left), Depth(t.Right))
}

// A constraint with a method and a type term.
type Celsius int

func (c Celsius) String() string { return strconv.Itoa(int(c)) + "°C" }

type Level int

func (l Level) String() string { return "L" + strconv.Itoa(int(l)) }

type IntStringer interface {
	~int
	String() string
}

func Describe[T IntStringer](xs []T) string {
	total := 0
	s := ""
	for _, x := range xs {
		total += int(x)
		s += x.String() + " "
	}
	return s + "total=" + strconv.Itoa(total)
}

func Double[T IntStringer](x T) T { return x * 2 }

// Generic closures.
func Counter[T Number](step T) func() T {
	var n T
	return func() T {
		n += step
		return n
	}
}

func Memo[K comparable, V any](f func(K) V) func(K) V {
	cache := map[K]V{}
	return func(k K) V {
		if v, ok := cache[k]; ok {
			return v
		}
		v := f(k)
		cache[k] = v
		return v
	}
}

func Keys[K Ordered, V any](m map[K]V) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

func Ptr[T any](v T) *T { return &v }

type Vec []float64

func main() {
	words := []string{"go", "generic", "types", "fun"}
	lens := Map(words, func(s string) int { return len(s) })
	fmt.Println(lens)
	long := Filter(words, func(s string) bool { return len(s) > 3 })
	fmt.Println(long, len(Filter([]int{1, 2}, func(int) bool { return false })))
	fmt.Println(Reduce(lens, 0, func(a, b int) int { return a + b }))
	fmt.Println(Reduce(words, "", func(a string, w string) string { return a + w[:1] }))
	fmt.Println(Max(3, 9, 2), Max("pear", "apple", "zoo", "fig"), Max(2.5, -1.0), Max[float64](1, 2.5))
	fmt.Println(Max[int8](-3, -7), Max(uint8(200), 100))
	fmt.Println(SumOf([]int{1, 2, 3}), SumOf(Vec{0.5, 0.25}), SumOf([]Celsius{10, 20}))
	fmt.Printf("%T %T\n", SumOf(Vec{1}), SumOf([]Celsius{1}))
	fmt.Println(QuickSort([]int{5, 3, 8, 1, 9, 2, 7}))
	fmt.Println(QuickSort([]string{"kiwi", "apple", "mango", "banana"}))
	fmt.Println(QuickSort([]float64{2.5, -1, 3.25, 0}))
	var t *Tree[string]
	for _, w := range []string{"m", "c", "x", "a", "e", "z"} {
		t = t.Insert(w)
	}
	t.Walk(func(s string) { fmt.Print(s, " ") })
	fmt.Println(Depth(t))
	fmt.Println(Describe([]Celsius{20, 30}), Describe([]Level{1, 2, 3}))
	fmt.Println(Double(Celsius(21)), Double(Level(4)))
	next := Counter(2.5)
	next()
	fmt.Println(next(), next())
	ci := Counter[int32](3)
	fmt.Printf("%v %T\n", ci(), ci())
	calls := 0
	square := Memo(func(n int) int { calls++; return n * n })
	fmt.Println(square(4), square(4), square(5), calls)
	fmt.Println(Keys(map[string]int{"b": 1, "a": 2, "c": 3}), Keys(map[float64]bool{2.5: true, -1: false}))
	p := Ptr(Vec{1, 2})
	q := Ptr(42)
	*q++
	fmt.Println(*p, *q)
	fmt.Printf("%T %T\n", p, Ptr[fmt.Stringer](Level(1)))
}

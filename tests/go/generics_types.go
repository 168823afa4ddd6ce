package main

import (
	"fmt"
	"sort"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}
func (s Stack[T]) Len() int { return len(s.items) }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=>%v", p.Key, p.Val) }

type OrderedMap[K interface{ ~int | ~string }, V any] struct {
	m map[K]V
}

func NewOrderedMap[K interface{ ~int | ~string }, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{m: map[K]V{}}
}

func (o *OrderedMap[K, V]) Set(k K, v V) { o.m[k] = v }

func (o *OrderedMap[K, V]) Pairs() []Pair[K, V] {
	keys := make([]K, 0, len(o.m))
	for k := range o.m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	out := make([]Pair[K, V], len(keys))
	for i, k := range keys {
		out[i] = Pair[K, V]{k, o.m[k]}
	}
	return out
}

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Prepend(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

func main() {
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	v, ok := s.Pop()
	fmt.Println(v, ok, s.Len())
	s.Pop()
	v, ok = s.Pop()
	fmt.Printf("%q %v\n", v, ok)
	is := &Stack[int]{}
	for i := 0; i < 5; i++ {
		is.Push(i * i)
	}
	fmt.Println(is.items, is.Len())
	om := NewOrderedMap[string, int]()
	om.Set("zeta", 26)
	om.Set("alpha", 1)
	om.Set("mu", 12)
	fmt.Println(om.Pairs())
	p := Pair[int, []string]{1, []string{"x"}}
	fmt.Println(p)
	fmt.Printf("%T\n", p)
	var l List[float64]
	for _, f := range []float64{1.5, 2.5, 3.5} {
		l.Prepend(f)
	}
	l.Each(func(f float64) { fmt.Print(f, " ") })
	fmt.Println(l.size)
}

package main

import (
	"errors"
	"fmt"
	"strings"
)

// Stack, Queue and a linked List with methods; Pair with a String method printed by fmt.

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, errors.New("empty stack")
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

func (s Stack[T]) Peek() T { return s.items[len(s.items)-1] }

type Queue[T any] struct {
	head, tail []T
}

func (q *Queue[T]) Put(v T) { q.tail = append(q.tail, v) }

func (q *Queue[T]) Get() (T, bool) {
	if len(q.head) == 0 {
		for len(q.tail) > 0 {
			n := len(q.tail) - 1
			q.head = append(q.head, q.tail[n])
			q.tail = q.tail[:n]
		}
	}
	if len(q.head) == 0 {
		var zero T
		return zero, false
	}
	n := len(q.head) - 1
	v := q.head[n]
	q.head = q.head[:n]
	return v, true
}

func (q *Queue[T]) Len() int { return len(q.head) + len(q.tail) }

type element[T any] struct {
	value T
	next  *element[T]
}

type List[T any] struct {
	front *element[T]
	back  *element[T]
	n     int
}

func (l *List[T]) PushBack(v T) {
	e := &element[T]{value: v}
	if l.back == nil {
		l.front = e
	} else {
		l.back.next = e
	}
	l.back = e
	l.n++
}

func (l *List[T]) All() []T {
	out := make([]T, 0, l.n)
	for e := l.front; e != nil; e = e.next {
		out = append(out, e.value)
	}
	return out
}

func (l *List[T]) String() string {
	var b strings.Builder
	b.WriteString("[")
	for e := l.front; e != nil; e = e.next {
		if e != l.front {
			b.WriteString(" -> ")
		}
		fmt.Fprint(&b, e.value)
	}
	b.WriteString("]")
	return b.String()
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("(%v: %v)", p.Key, p.Val) }

func MakePair[K comparable, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

type Point struct{ X, Y int }

type Named interface{ Name() string }

type Dog struct{ name string }

func (d *Dog) Name() string { return "dog " + d.name }

func Names[T Named](xs []T) []string {
	var out []string
	for _, x := range xs {
		out = append(out, x.Name())
	}
	return out
}

func main() {
	var s Stack[int]
	for i := 1; i <= 3; i++ {
		s.Push(i * 10)
	}
	fmt.Println(s.Peek(), len(s.items))
	for {
		v, err := s.Pop()
		if err != nil {
			fmt.Println("error:", err)
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()

	ps := &Stack[Point]{}
	ps.Push(Point{1, 2})
	ps.Push(Point{3, 4})
	top, _ := ps.Pop()
	fmt.Printf("%v %+v %T %T\n", top, ps.items, ps, *ps)

	var q Queue[string]
	for _, w := range []string{"a", "b", "c"} {
		q.Put(w)
	}
	first, _ := q.Get()
	q.Put("d")
	fmt.Println(first, q.Len())
	for q.Len() > 0 {
		v, ok := q.Get()
		fmt.Print(v, ok, " ")
	}
	_, ok := q.Get()
	fmt.Println(ok)

	var l List[float64]
	for _, f := range []float64{1.5, 2.25, 3} {
		l.PushBack(f)
	}
	fmt.Println(l.All(), l.n)
	fmt.Println(&l)
	fmt.Printf("%v %s\n", &l, &l)

	var lp List[*Point]
	lp.PushBack(&Point{5, 6})
	fmt.Println(lp.front.value.X, lp.n)

	p := MakePair("answer", 42)
	fmt.Println(p)
	fmt.Printf("%v %s %T\n", p, p, p)
	pairs := []Pair[int, []string]{{1, []string{"x"}}, {2, nil}}
	fmt.Println(pairs)
	fmt.Printf("%T\n", pairs)
	pp := MakePair(Point{1, 1}, &Point{2, 2})
	fmt.Println(pp.Key, pp.Val.X)
	fmt.Printf("%T\n", pp)
	var st fmt.Stringer = MakePair(1.5, true)
	fmt.Println(st.String())

	m := map[Pair[string, int]]bool{MakePair("a", 1): true}
	fmt.Println(m[MakePair("a", 1)], m[MakePair("a", 2)])

	fmt.Println(Names([]*Dog{{"rex"}, {"fido"}}))
}

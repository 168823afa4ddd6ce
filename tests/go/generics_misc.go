package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

type Named struct {
	Stack[string]
	name string
}

func Kind[T any](x T) string {
	switch v := any(x).(type) {
	case int:
		return "int " + strconv.Itoa(v)
	case string:
		return "string " + v
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func Zero[T any]() T { return *new(T) }

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

type Num interface{ ~int | ~float64 }

func Convert[T, U Num](x T) U { return U(x) }

func Apply[T any](fs []func(T) T, v T) T {
	for _, f := range fs {
		v = f(v)
	}
	return v
}

type Opt[T any] struct {
	val T
	ok  bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }

func (o Opt[T]) Get() (T, error) {
	if !o.ok {
		var z T
		return z, errors.New("none")
	}
	return o.val, nil
}

func (o Opt[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.val)
}

func main() {
	var n Named
	n.Push("a")
	push := n.Push
	push("b")
	fmt.Println(n.items, len(n.Stack.items))
	fmt.Println(Kind(3), Kind("x"), Kind(2.5))
	fmt.Println(Zero[int](), Zero[string]() == "", Zero[*int]() == nil)
	fmt.Println(Must(strconv.Atoi("42")))
	fmt.Println(Convert[int, float64](3), Convert[float64, int](2.9))
	inc := func(x int) int { return x + 1 }
	fmt.Println(Apply([]func(int) int{inc, inc}, 1))
	f := Kind[bool]
	fmt.Println(f(true))
	fmt.Println(Some(5), Opt[string]{}, []Opt[int]{Some(1), {}})
	v, err := Opt[float64]{}.Get()
	fmt.Println(v, err)
	var s fmt.Stringer = Some("x")
	fmt.Printf("%v %T\n", s, s)
	m := map[string]Opt[int]{"a": Some(1)}
	fmt.Println(m)
}

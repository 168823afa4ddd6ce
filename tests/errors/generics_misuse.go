package main

import "fmt"

type Number interface{ ~int | ~float64 }

type Stringer interface{ String() string }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func Eq[T comparable](a, b T) bool { return a == b }

func Zero[T any]() T {
	var z T
	return z
}

func Show[T Stringer](x T) string { return x.String() }

func Add[T any](a, b T) T {
	return a + b // ERROR "operator \+ not defined on a \(variable of type T constrained by any\)|cannot add a \+ b"
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	fmt.Println(Eq([]int{1}, []int{2})) // ERROR "\[\]int does not (satisfy|implement) comparable"
	_ = Zero()                          // ERROR "cannot infer T"
	fmt.Println(Show(42))               // ERROR "int does not (satisfy|implement) Stringer \(missing (method String|String method)\)"
	var p Pair                          // ERROR "cannot use generic type Pair\[K comparable, V any\] without instantiation"
	_ = p
	var q Pair[int] // ERROR "not enough type arguments for type Pair: have 1, want 2|got 1 arguments but 2 type parameters"
	_ = q
	var n Number // ERROR "cannot use type Number outside a type constraint: interface contains type constraints|interface contains type constraints"
	_ = n
	_ = Sum([]string{"a"}) // ERROR "string does not (satisfy|implement) Number"
	_ = Pair[func(), int]{} // ERROR "func\(\) does not (satisfy|implement) comparable"
}

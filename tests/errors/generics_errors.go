package main

type Number interface{ ~int | ~float64 }

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Ident[T any](x T) T { return x }

func Bad[T any](a, b T) bool {
	return a < b // ERROR "invalid operation: a < b \(type parameter T is not comparable with <\)|cannot compare a < b"
}

func main() {
	_ = Sum([]string{"a"}) // ERROR "string does not (implement|satisfy) Number"
	_ = Sum([]int{1})
	f := Ident // ERROR "cannot use generic function Ident without instantiation"
	_ = f
	_ = Ident[int, string](1) // ERROR "got 2 type arguments|too many type arguments"
}

// Go 1.21 built-ins min and max (spec: "Min and max"): they take one or more operands of
// the same ordered type (untyped constants convert), return the smallest/largest; for
// floats a NaN operand makes the result NaN, and -0.0 counts as smaller than 0.0; for
// strings the comparison is lexical byte order. With only constant operands the result is
// a constant.
//
// Expected output:
//
//	"1 9 5"                  min(3, 1, 9), max(3, 1, 9), max(5) of ints
//	"-2.5 7"                 min/max of float64 values -2.5, 7 (printed with %v)
//	"apple cherry"           min/max of strings "banana", "apple", "cherry"
//	"int8 -3 int8 100"       typed int8 operand with untyped constants: result type int8
//	"NaN NaN"                a NaN operand makes both min and max NaN
//	"-0 0"                   min(0.0, -0.0) is -0 (printed "-0"), max(-0.0, 0.0) is 0
//	"1 2.5 float64"          min(1, 2.5) and max(1, 2.5) are untyped float constants; when
//	                         printed they default to float64: 1 and 2.5
//	"3 [1 2 3]"              max(len(a), len(b)) = 3; the slice is clamped with min(len, 3)
//	"0 255"                  min/max of uint8 values 0 and 255
package main

import (
	"fmt"
	"math"
)

func main() {
	a, b, c := 3, 1, 9
	fmt.Println(min(a, b, c), max(a, b, c), max(5))
	x, y := -2.5, 7.0
	fmt.Println(min(x, y), max(y, x))
	fmt.Println(min("banana", "apple", "cherry"), max("banana", "apple", "cherry"))
	var i8 int8 = 50
	lo, hi := min(i8, -3, 10), max(i8, 100)
	fmt.Printf("%T %v %T %v\n", lo, lo, hi, hi)
	nan := math.NaN()
	fmt.Println(min(1.0, nan, 3.0), max(nan, 2.0))
	zero, negZero := 0.0, math.Copysign(0, -1)
	fmt.Println(min(zero, negZero), max(negZero, zero))
	const m1, m2 = min(1, 2.5), max(1, 2.5)
	fmt.Println(m1, m2, fmt.Sprintf("%T", m2))
	s1, s2 := []int{1, 2}, []int{1, 2, 3, 4}
	n := max(len(s1), len(s2)-1)
	fmt.Println(n, s2[:min(len(s2), 3)])
	var u1, u2 uint8 = 0, 255
	fmt.Println(min(u1, u2), max(u1, u2))
}

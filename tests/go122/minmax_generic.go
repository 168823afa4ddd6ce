// Go 1.21 min/max inside generic code: they accept operands of a type parameter whose type
// set contains only ordered types. Per-iteration loop variables (1.22) and range over int
// are used as well. Clamp(0.5, 0, 1) relies on Go 1.21 type inference: untyped constant
// arguments of different kinds (0.5 float, 0 and 1 int) infer the "largest" kind, float64.
//
// Clamp(v, lo, hi) = min(max(v, lo), hi).
// Expected output:
//
//	"0 5 10"              Clamp of -3, 5, 42 into [0, 10]
//	"0.5 1"               Clamp of float64 0.5 and 1.7 into [0, 1]
//	"b y"                 Clamp of strings "a" and "z" into ["b", "y"]
//	"[3 1 4 1 5] 1 5"     MinMax over the slice: smallest 1, largest 5
//	"[9 18 27]"           closures created by `for i := range 3` scale by their own (i+1)*9
package main

import "fmt"

type Ordered interface {
	~int | ~int64 | ~float64 | ~string
}

func Clamp[T Ordered](v, lo, hi T) T { return min(max(v, lo), hi) }

func MinMax[T Ordered](xs []T) (T, T) {
	lo, hi := xs[0], xs[0]
	for _, x := range xs[1:] {
		lo, hi = min(lo, x), max(hi, x)
	}
	return lo, hi
}

func main() {
	fmt.Println(Clamp(-3, 0, 10), Clamp(5, 0, 10), Clamp(42, 0, 10))
	fmt.Println(Clamp(0.5, 0, 1), Clamp(1.7, 0.0, 1.0))
	fmt.Println(Clamp("a", "b", "y"), Clamp("z", "b", "y"))
	xs := []int{3, 1, 4, 1, 5}
	lo, hi := MinMax(xs)
	fmt.Println(xs, lo, hi)
	var scalers []func(int) int
	for i := range 3 {
		scalers = append(scalers, func(x int) int { return x * (i + 1) })
	}
	var out []int
	for _, f := range scalers {
		out = append(out, f(9))
	}
	fmt.Println(out)
}

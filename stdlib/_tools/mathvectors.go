// Command mathvectors prints test vectors of Go's math functions for
// tests/unit/test_stdlib_math.cpp:
// go run stdlib/_tools/mathvectors.go > tests/unit/data/math_vectors.inc
// Exp (and what uses it) takes an FMA path on CPUs with FMA, in Go as in Weft; the vectors
// record whether the generating machine had it.
package main

import (
	"fmt"
	"math"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(1))
	wide := func() float64 { return r.NormFloat64() * math.Pow(10, float64(r.Intn(40)-20)) }
	small := func() float64 { return r.Float64()*20 - 10 }
	pos := func() float64 { return math.Abs(wide()) }
	unit := func() float64 { return r.Float64()*2 - 1 }
	special := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, 2, math.Inf(1), math.Inf(-1), math.NaN(),
		1e300, -1e300, 5e-324, 1e-310, 1 << 29, 1e20, 710, -746, 3.141592653589793}
	type fn1 struct {
		name string
		f    func(float64) float64
		gen  func() float64
	}
	fns := []fn1{
		{"sin", math.Sin, wide}, {"cos", math.Cos, wide}, {"tan", math.Tan, wide},
		{"asin", math.Asin, unit}, {"acos", math.Acos, unit}, {"atan", math.Atan, wide},
		{"exp", math.Exp, small}, {"expm1", math.Expm1, small}, {"exp2", math.Exp2, small},
		{"log", math.Log, pos}, {"log2", math.Log2, pos}, {"log10", math.Log10, pos}, {"log1p", math.Log1p, pos},
		{"cbrt", math.Cbrt, wide}, {"sinh", math.Sinh, small}, {"cosh", math.Cosh, small}, {"tanh", math.Tanh, small},
		{"asinh", math.Asinh, wide}, {"acosh", math.Acosh, func() float64 { return 1 + pos() }}, {"atanh", math.Atanh, unit},
	}
	for _, f := range fns {
		var xs []float64
		xs = append(xs, special...)
		for i := 0; i < 150; i++ {
			xs = append(xs, f.gen())
		}
		for _, x := range xs {
			fmt.Printf("{\"%s\", 0x%016x, 0, 0x%016x},\n", f.name, math.Float64bits(x), math.Float64bits(f.f(x)))
		}
	}
	type fn2 struct {
		name string
		f    func(float64, float64) float64
	}
	for _, f := range []fn2{{"pow", math.Pow}, {"atan2", math.Atan2}, {"hypot", math.Hypot}, {"mod", math.Mod}} {
		var pairs [][2]float64
		for _, x := range special {
			for _, y := range []float64{0, -1, 0.5, 2, 3, -3, math.Inf(1), math.NaN()} {
				pairs = append(pairs, [2]float64{x, y})
			}
		}
		for i := 0; i < 150; i++ {
			pairs = append(pairs, [2]float64{small(), small()})
		}
		for _, p := range pairs {
			fmt.Printf("{\"%s\", 0x%016x, 0x%016x, 0x%016x},\n", f.name, math.Float64bits(p[0]), math.Float64bits(p[1]), math.Float64bits(f.f(p[0], p[1])))
		}
	}
}

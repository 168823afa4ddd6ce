// Command floatvectors prints strconv.FormatFloat test vectors for tests/unit/test_stdlib_strconv.cpp:
// go run stdlib/_tools/floatvectors.go > tests/unit/data/float_vectors.inc
package main

import (
	"fmt"
	"math"
	"math/rand"
	"strconv"
)

func main() {
	vals := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 0.2, 0.3, 1.5, 2.5, 3.14159, 100, 1e6, 1e21, 1e20, 123456789, 1e-5, 1e-4, 0.0001234, 1e-7,
		123456.789, 1.0 / 3, 2.0 / 3, 5e-324, math.MaxFloat64, math.SmallestNonzeroFloat64, 1e23, 8.41e21, 1.25, 0.125, 0.5, 1e100, 123e-300,
		math.Inf(1), math.Inf(-1), math.NaN(), 9007199254740993, 0.000001, 999999.5, 9999995, 0.05, 0.15, 0.25, 0.35, 1e15, 1e16, 1e17, 12345678901234567890.0,
		float64(float32(0.1)), float64(float32(3.4e38)), 2.2250738585072014e-308, 4.940656458412465441765687928682213723651e-324}
	r := rand.New(rand.NewSource(7))
	for i := 0; i < 40; i++ {
		vals = append(vals, math.Float64frombits(r.Uint64()))
		vals = append(vals, r.NormFloat64()*math.Pow(10, float64(r.Intn(40)-20)))
	}
	fmts := []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X'}
	precs := []int{-1, 0, 1, 3, 6, 17, 25}
	for _, v := range vals {
		for _, bs := range []int{64, 32} {
			for _, f := range fmts {
				for _, p := range precs {
					if f == 'f' && math.Abs(v) > 1e30 && p > 3 {
						continue
					}
					s := strconv.FormatFloat(v, f, p, bs)
					fmt.Printf("{0x%016x, '%c', %d, %d, %q},\n", math.Float64bits(v), f, p, bs, s)
				}
			}
		}
	}
}

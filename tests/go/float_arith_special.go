package main

import (
	"fmt"
	"math"
)

func main() {
	zero := 0.0
	inf := 1 / zero
	ninf := -1 / zero
	nan := zero / zero
	fmt.Println(inf, ninf, nan)
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1, inf > math.MaxFloat64)
	fmt.Println(math.IsNaN(nan), math.IsInf(inf, 1), math.IsInf(ninf, -1), math.IsInf(inf, 0))
	fmt.Println(inf+ninf, inf*0, inf-inf, inf*-1)
	negz := -zero
	fmt.Println(negz, 1/negz, negz == zero, math.Signbit(negz))
	fmt.Println(math.Sqrt(-1), math.Log(0), math.Log(-1))
	fmt.Println(math.Sqrt(2), math.Cbrt(27), math.Pow(2, 10), math.Pow(2, 0.5), math.Hypot(3, 4))
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Remainder(7, 3), math.Abs(-2.5))
	fmt.Println(math.Floor(-1.5), math.Ceil(-1.5), math.Trunc(-1.5), math.Max(3, nan), math.Min(-0.0, 0))
	fmt.Println(math.Sin(math.Pi/2), math.Cos(0), math.Atan2(1, 1)*4, math.Exp(1))
	fmt.Printf("%.6f %.6f %.6f\n", math.Log2(10), math.Log10(2000), math.Log1p(1e-10))
	frac, exp := math.Frexp(8)
	fmt.Println(frac, exp, math.Ldexp(0.5, 4))
	ip, fp := math.Modf(-3.75)
	fmt.Println(ip, fp)
	// NaN in maps: each NaN is a different key.
	m := map[float64]int{}
	m[nan] = 1
	m[nan] = 2
	fmt.Println(len(m), m[nan])
	// Float32 arithmetic rounds each operation.
	var a, b float32 = 16777216, 1
	fmt.Println(a+b, a+b+b, float64(a)+float64(b))
	var sum32 float32
	var sum64 float64
	for i := 0; i < 10; i++ {
		sum32 += 0.1
		sum64 += 0.1
	}
	fmt.Println(sum32, sum64)
	// Integer <-> float comparisons after conversion.
	fmt.Println(float64(int64(1)<<62) == float64(int64(1)<<62+1))
	fmt.Println(7/2, 7.0/2, -7/2, -7%2, 7%-2, float64(-7)/2)
}

package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Pi, math.E, math.Sqrt2, math.Ln2, math.Log2E, math.Ln10, math.Log10E, math.Phi)
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxInt32, math.MaxUint32, uint64(math.MaxUint64), math.MaxInt8, math.MaxInt16)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32, math.SmallestNonzeroFloat32)
	xs := []float64{0, 0.5, 1, 2, 3.7, -3.7, 10, 100, 1e-3, 12345.678}
	for _, x := range xs {
		fmt.Println(x, math.Sqrt(math.Abs(x)), math.Floor(x), math.Ceil(x), math.Trunc(x), math.Round(x), math.RoundToEven(x), math.Cbrt(x))
		fmt.Println("  ", math.Sin(x), math.Cos(x), math.Tan(x), math.Atan(x), math.Exp(x/10), math.Log(math.Abs(x)+1), math.Log2(math.Abs(x)+1), math.Log10(math.Abs(x)+1))
		fmt.Println("  ", math.Sinh(x/10), math.Cosh(x/10), math.Tanh(x), math.Asinh(x), math.Expm1(x/100), math.Log1p(math.Abs(x)), math.Exp2(x/10))
	}
	for _, x := range []float64{-1, -0.5, 0, 0.3, 1} {
		fmt.Println(math.Asin(x), math.Acos(x), math.Atanh(x*0.9), math.Acosh(2+x))
	}
	fmt.Println(math.Pow(2, 10), math.Pow(2, 0.5), math.Pow(-8, 1.0/3), math.Pow(-2, 3), math.Pow(0, -1), math.Pow(1.0001, 10000), math.Pow(10, -3))
	fmt.Println(math.Atan2(1, 1), math.Atan2(-1, -1), math.Atan2(0, -1), math.Hypot(3, 4), math.Hypot(1e200, 1e200), math.Mod(7, 3), math.Mod(-7, 3), math.Mod(7.5, 2))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Max(math.NaN(), 1), math.Min(math.Inf(-1), math.NaN()), math.Max(0, math.Copysign(0, -1)), math.Min(0, math.Copysign(0, -1)))
	fmt.Println(math.Inf(1), math.Inf(-1), math.IsInf(math.Inf(1), 0), math.IsInf(1, 0), math.IsNaN(math.NaN()), math.IsNaN(1), math.NaN() == math.NaN())
	fmt.Println(math.Signbit(-0.0), math.Signbit(math.Copysign(0, -1)), math.Copysign(3, -1), math.Abs(-2.5), math.Dim(5, 3), math.Dim(3, 5), math.Remainder(7, 4))
	fmt.Println(math.Float64bits(1.0), math.Float64frombits(0x4000000000000000), math.Float32bits(1.0), math.Float32frombits(0x40400000))
	frac, exp := math.Frexp(8)
	ip, fp := math.Modf(-3.25)
	fmt.Println(frac, exp, math.Ldexp(0.5, 4), ip, fp, math.Nextafter(1, 2), math.FMA(2, 3, 4), math.Pow10(3), math.Pow10(-2), math.Pow10(400))
	fmt.Println(math.Sqrt(-1), math.Log(-1), math.Log(0), math.Exp(1000), math.Exp(-1000), math.Sin(math.Inf(1)), math.Sin(1e20), math.Cos(1e300))
	fmt.Printf("%.4f %.10f %g %v\n", math.Sin(math.Pi/6), math.Exp(1), math.Log(math.E), math.Sqrt(2)*math.Sqrt(2))
	var total float64
	for i := 1; i <= 1000; i++ {
		total += math.Sin(float64(i)) * math.Exp(-float64(i)/500) / math.Sqrt(float64(i))
	}
	fmt.Println(total)
}

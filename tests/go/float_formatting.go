package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{0, 1, -1, 0.1, 1.0 / 3, 2.0 / 3, 100, 1e6, 1e20, 1e21, 1e-4, 1e-5, 123456789.0, 1.5e300, math.Pi, math.E, 5e-324}
	for _, v := range vals {
		fmt.Println(v, float32(v))
	}
	for _, v := range vals[:8] {
		fmt.Printf("%f|%.2f|%e|%E|%g|%G|%8.3f|%-8.1f|%+.1e\n", v, v, v, v, v, v, v, v, v)
	}
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), -0.0, math.Copysign(0, -1))
	fmt.Printf("%v %f %.1f %e %5.2f|\n", math.Inf(1), math.Inf(-1), math.NaN(), math.Inf(1), math.NaN())
	fmt.Printf("%g %g %g %g\n", 1e100, 123456.0, 1234567.0, 0.000012345)
	fmt.Printf("%.3g %.10g %.0f %.0f %.0f %.0f\n", 123456.0, math.Pi, 0.5, 1.5, 2.5, -0.5)
	fmt.Printf("%6.2f|%-6.2f|%06.2f|%+6.2f|% 6.2f\n", 3.14159, 3.14159, 3.14159, 3.14159, 3.14159)
	fmt.Printf("%x %X\n", 1.0, 255.5)
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32), f32*3, f32+f32+f32 == 0.3)
	fmt.Printf("%v %g %.10f\n", f32, f32, f32)
	ten := float32(10)
	fmt.Println(float32(1e38)*ten, -float32(1e38)*ten)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(0.1+0.2, 0.3, 1e15+0.3, 1e16+1)
	fmt.Println(100000000.0, 1e8, 12345678.9, 1234567890123.0)
}

package main

import (
	"fmt"
	"math"
)

func main() {
	for _, x := range []float64{0.5, 1, 2.5, 5, 10.1, -1.5, 171, 172} {
		lg, sign := math.Lgamma(x)
		fmt.Println(x, math.Gamma(x), lg, sign)
	}
	for _, x := range []float64{-2, -0.5, 0, 0.3, 1, 3} {
		fmt.Println(x, math.Erf(x), math.Erfc(x))
	}
	for _, x := range []float64{-0.9, 0, 0.5, 0.999} {
		fmt.Println(math.Erfinv(x), math.Erfcinv(1-x))
	}
	for _, x := range []float64{0.1, 1, 8, 1000, 1e-310} {
		fmt.Println(math.Logb(x), math.Ilogb(x))
	}
	for _, x := range []float64{0.5, 1, 2, 10, 50} {
		fmt.Println(math.J0(x), math.J1(x), math.Jn(2, x), math.Y0(x), math.Y1(x), math.Yn(3, x))
	}
	for _, x := range []float64{0, 0.5, math.Pi / 3, 100, -7.5} {
		s, c := math.Sincos(x)
		fmt.Println(s, c, s == math.Sin(x), c == math.Cos(x))
	}
	fmt.Println(math.Nextafter32(1, 2), math.Nextafter32(0, -1))
}

package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	vals := []float64{0, 1, -1, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 1e23, 5e-324, math.MaxFloat64,
		123456789.123456789, 1 << 60, 0.000001, 100, 1.5e-10, math.Pi}
	for _, v := range vals {
		s := strconv.FormatFloat(v, 'g', -1, 64)
		back, err := strconv.ParseFloat(s, 64)
		s32 := strconv.FormatFloat(v, 'g', -1, 32)
		fmt.Printf("%-24s %-14s %v %v\n", s, s32, back == v, err)
	}
	for _, prec := range []int{0, 1, 3, 6, 10} {
		fmt.Print(strconv.FormatFloat(math.E, 'f', prec, 64), " ", strconv.FormatFloat(math.E*1e8, 'e', prec, 64), " ")
	}
	fmt.Println()
	for _, v := range []float64{0.5, 1.5, 2.5, 0.125, 0.375, 2.675} {
		fmt.Print(strconv.FormatFloat(v, 'f', 0, 64), "/", strconv.FormatFloat(v, 'f', 2, 64), " ")
	}
	fmt.Println()
	for _, n := range []int64{0, 1, -1, 255, -256, math.MaxInt64, math.MinInt64} {
		for _, b := range []int{2, 8, 16, 36} {
			s := strconv.FormatInt(n, b)
			back, _ := strconv.ParseInt(s, b, 64)
			if back != n {
				fmt.Println("mismatch", n, b)
			}
		}
		fmt.Print(strconv.FormatInt(n, 36), " ")
	}
	fmt.Println()
	fmt.Println(strconv.FormatFloat(1234.5, 'E', 3, 64), strconv.FormatFloat(-0.0, 'g', -1, 64), strconv.FormatFloat(math.Inf(-1), 'f', 2, 64))
}

package main

import (
	"fmt"
	"strconv"
)

func main() {
	vals := []float64{0, 1, -1, 3.14159265358979, 1e6, 1e20, 1e21, 123456789.0, 0.000012345, 1e-5, 100, 2.5, 1.0 / 3, 2.0 / 3, 1e100, -0.0}
	for _, v := range vals {
		fmt.Printf("%v|%g|%e|%E|%.3f|%8.2f|%-10.4g|%.0f|%G\n", v, v, v, v, v, v, v, v, v)
	}
	for _, v := range vals {
		fmt.Println(v, float32(v), strconv.FormatFloat(v, 'f', -1, 64), strconv.FormatFloat(v, 'e', 3, 64), strconv.FormatFloat(v, 'g', 4, 32))
	}
	fmt.Printf("%6.2f|%-8.3f|%+.2f|% .2f|%08.2f|%+08.2f\n", 3.14159, 2.5, 1.0, 1.0, -3.14, 3.14)
	fmt.Printf("%.2f %.2f %.2f %.2f\n", 0.125, 0.375, 2.675, 1.005)
	fmt.Printf("%.1f %.1f %.1f\n", 0.05, 0.15, 0.25)
	fmt.Printf("%5.1e|%.10g|%.2g|%g\n", 12345.678, 1.0/7, 12345.0, 1e-320)
	fmt.Printf("%x %X\n", 1.0, 255.5)
	fmt.Printf("%b\n", 1.0)
	fmt.Printf("%v %v\n", float32(1)/3, float32(16777217))
	fmt.Printf("%g %g\n", float32(3.4e38), float32(1e-45))
	fmt.Printf("%9.3f|%-9.3f|%9.3e\n", 1234.5678, 1234.5678, 1234.5678)
	fmt.Printf("%#g %#.3g %#v %#v\n", 1.0, 2.0, 1.0, 1e21)
	fmt.Printf("%T %v\n", 1e3, 1e3)
	fmt.Println(strconv.FormatFloat(1234.5678, 'f', 2, 64), strconv.FormatFloat(0.1, 'b', -1, 64))
	fmt.Println(strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(123456, 'G', 3, 64))
	f, _ := strconv.ParseFloat("1e-10", 64)
	fmt.Println(f)
	f, _ = strconv.ParseFloat("  1.5", 64)
	fmt.Println(f)
	f, err := strconv.ParseFloat("inf", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("1e400", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("0x1p-2", 64)
	fmt.Println(f, err)
	f32, err := strconv.ParseFloat("3.4e39", 32)
	fmt.Println(f32, err)
	total := 0.0
	for i := 0; i < 10; i++ {
		total += 0.1
	}
	fmt.Println(total, total == 1.0)
	fmt.Printf("%.2f%%\n", 45.678)
	fmt.Printf("[%7.2f] [%-7.2f] [%07.2f]\n", -1.5, -1.5, -1.5)
	prices := map[string]float64{"apple": 1.25, "banana": 0.5, "cherry": 10}
	fmt.Println(prices)
	fmt.Printf("%v\n", []float64{1, 2.5, 1e-7})
	fmt.Printf("%.2v %10.3v|\n", 3.14159, 3.14159)
	fmt.Println(float32(2.5), float32(1e10), float32(1.1))
	var ff float32 = 16777216.0
	ff += 1
	fmt.Println(ff)
}

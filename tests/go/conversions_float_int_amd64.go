// Float to integer conversions out of range are implementation-specific; these are gc's on
// amd64 (through int32 for targets up to 32 bits except uint32, math.MinInt64 for NaN/Inf).
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	for _, f := range []float64{1e10, -1e10, 70000, -70000, 3e9, -3e9, 2.5e9, 1e20} {
		g := float32(f)
		fmt.Println(f, int8(f), int16(f), int32(f), uint8(f), uint16(f), uint32(f), int8(g), int16(g), int32(g), uint8(g), uint16(g), uint32(g))
	}
	other()
}

func other() {
	nan := math.NaN()
	inf := math.Inf(1)
	big := 1e20
	neg := -1e20
	fmt.Println(int(nan), int64(inf), int(big), int(neg), int32(big), uint(neg), uint64(big), uint8(big), int8(300.5*big))
	f := 3.7e9
	fmt.Println(int32(f), uint32(f), int16(f), uint32(-f/f), uint64(-f/f))
	var u uint64 = 1<<63 + 5
	fmt.Println(float64(u), float32(u), int64(u))
	x := -0.0
	fmt.Println(x, 1/x, strconv.FormatFloat(x, 'g', -1, 64))
	var i64 int64 = math.MinInt64
	fmt.Println(i64/-1, i64%-1, -i64)
	var i32 int32 = math.MinInt32
	fmt.Println(i32/-1, i32%-1)
	var i8 int8 = -128
	fmt.Println(i8/-1, -i8, i8*i8)
	fmt.Println(7>>64, uint(7)>>65, -7>>100)
	s := 65
	fmt.Println(string(rune(s)), strconv.Itoa(s))
}

package main

import (
	"fmt"
	"math"
)

func main() {
	f := 3.99
	fmt.Println(int(f), int(-f), int64(2.5e9), uint8(int(f)))
	big := 300
	fmt.Println(int8(big), uint8(big), int16(big*300), uint16(big*300))
	neg := -1
	fmt.Println(uint8(neg), uint16(neg), uint32(neg), uint64(neg), uint(neg))
	var u uint64 = math.MaxUint64
	fmt.Println(int64(u), int32(u), int8(u), float64(u))
	var i64 int64 = -5
	fmt.Println(uint32(i64), float32(i64), float64(i64)/2)
	x := 1 << 53
	fmt.Println(float64(x+1) == float64(x), int64(float64(x+1)))
	fmt.Println(float32(16777217), float64(float32(0.1)), float32(1)/3)
	var r rune = 'é'
	var b byte = byte(r)
	fmt.Println(r, b, string(r), string(rune(b)))
	fmt.Println(int(math.Floor(-2.5)), int(math.Ceil(-2.5)), int(math.Round(-2.5)), int(math.Trunc(-2.7)))
	fmt.Println(math.Round(2.5), math.RoundToEven(2.5), math.Round(0.49999999999999994))
	type ID int64
	type Score float32
	id := ID(7)
	sc := Score(id) / 2
	fmt.Printf("%v %T %v %T\n", id, id, sc, sc)
	var i8 int8 = -1
	fmt.Println(uint16(i8), int16(uint8(i8)), uint64(int32(i8)))
	var u8 uint8 = 0x80
	fmt.Println(int8(u8), int32(int8(u8)), int32(u8))
	fmt.Println(float32(math.MaxFloat32), float32(1e-46) == 0, math.Float32bits(1), math.Float64bits(-0.5))
	fmt.Println(math.Float64frombits(0x400921fb54442d18))
}

package main

import (
	"fmt"
	"math"
)

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println(i8)
	i8 = -128
	i8--
	fmt.Println(i8)
	var u8 uint8 = 0
	u8--
	fmt.Println(u8)
	u8 = 200
	u8 += 100
	fmt.Println(u8)
	var i16 int16 = math.MaxInt16
	i16 += 2
	fmt.Println(i16)
	var u16 uint16 = 65535
	u16 *= 2
	fmt.Println(u16)
	var i32 int32 = math.MaxInt32
	i32 *= 3
	fmt.Println(i32)
	var u32 uint32 = 1 << 31
	u32 *= 2
	fmt.Println(u32)
	var i64 int64 = math.MaxInt64
	i64++
	fmt.Println(i64, i64 == math.MinInt64)
	var u64 uint64 = math.MaxUint64
	u64 += 2
	fmt.Println(u64)
	var in int = math.MinInt64
	fmt.Println(-in, in-1)
	var ui uint = 0
	ui--
	fmt.Println(ui)
	// Multiplication overflow
	var a int32 = 100000
	fmt.Println(a * a)
	var b int8 = 16
	fmt.Println(b*b, b*8)
	// Negation of min value
	var m8 int8 = -128
	fmt.Println(-m8, m8/-1, m8%-1)
	var m32 int32 = math.MinInt32
	fmt.Println(m32/-1, -m32)
	// Unsigned subtraction wraps
	var x, y uint32 = 3, 5
	fmt.Println(x-y, y-x)
	// Accumulating hash with wrap-around (FNV-1a 32-bit)
	h := uint32(2166136261)
	for _, c := range []byte("hello world") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println(h)
	// 64-bit FNV
	h64 := uint64(14695981039346656037)
	for _, c := range []byte("hello world") {
		h64 ^= uint64(c)
		h64 *= 1099511628211
	}
	fmt.Println(h64)
	var uptr uintptr = 0
	uptr--
	fmt.Println(uptr == math.MaxUint64)
}

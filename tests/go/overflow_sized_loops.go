package main

import "fmt"

func main() {
	// Counting with uint8 wraps around after 255.
	var c uint8
	steps := 0
	for {
		c += 37
		steps++
		if c == 0 {
			break
		}
	}
	fmt.Println("steps until uint8 returns to 0:", steps)
	var s int8 = 100
	for i := 0; i < 5; i++ {
		s += 10
		fmt.Print(s, " ")
	}
	fmt.Println()
	// int16 factorials overflow
	var f int16 = 1
	for i := int16(1); i <= 10; i++ {
		f *= i
		fmt.Print(f, " ")
	}
	fmt.Println()
	var f32 int32 = 1
	var f64 int64 = 1
	for i := 1; i <= 20; i++ {
		f32 *= int32(i)
		f64 *= int64(i)
	}
	fmt.Println(f32, f64)
	var u32 uint32 = 1
	for i := 0; i < 40; i++ {
		u32 *= 3
	}
	fmt.Println(u32)
	// Linear congruential generator with uint32 arithmetic
	seed := uint32(12345)
	for i := 0; i < 5; i++ {
		seed = seed*1103515245 + 12345
		fmt.Print(seed>>16&0x7fff, " ")
	}
	fmt.Println()
	// xorshift64
	x := uint64(88172645463325252)
	for i := 0; i < 3; i++ {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		fmt.Print(x, " ")
	}
	fmt.Println()
	// compound ops on element of sized array
	arr := [3]int8{120, -120, 0}
	arr[0] += 10
	arr[1] -= 10
	arr[2] -= 127
	arr[2] -= 2
	arr[2]--
	fmt.Println(arr)
}

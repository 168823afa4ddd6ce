package main

import "fmt"

func isPow2(x uint) bool { return x != 0 && x&(x-1) == 0 }

func nextPow2(x uint32) uint32 {
	x--
	x |= x >> 1
	x |= x >> 2
	x |= x >> 4
	x |= x >> 8
	x |= x >> 16
	return x + 1
}

func reverseBits(x uint8) uint8 {
	var r uint8
	for i := 0; i < 8; i++ {
		r = r<<1 | x&1
		x >>= 1
	}
	return r
}

func trailingZeros(x uint64) int {
	if x == 0 {
		return 64
	}
	n := 0
	for x&1 == 0 {
		x >>= 1
		n++
	}
	return n
}

func rotl32(x uint32, k uint) uint32 { return x<<k | x>>(32-k) }

func gray(n uint) uint { return n ^ n>>1 }

func main() {
	for _, x := range []uint{0, 1, 2, 3, 64, 96, 1024} {
		fmt.Print(isPow2(x), " ")
	}
	fmt.Println()
	fmt.Println(nextPow2(5), nextPow2(16), nextPow2(1000), nextPow2(1<<31-1))
	fmt.Println(reverseBits(1), reverseBits(0xf0), reverseBits(0b10110000))
	fmt.Println(trailingZeros(8), trailingZeros(1<<40), trailingZeros(0), trailingZeros(6))
	fmt.Printf("%08x %08x\n", rotl32(0x12345678, 8), rotl32(0x80000001, 1))
	for i := uint(0); i < 8; i++ {
		fmt.Printf("%03b ", gray(i))
	}
	fmt.Println()
	x := int32(-12345)
	abs := (x ^ x>>31) - x>>31
	fmt.Println(abs, x&-x, x>>4, int32(uint32(x)>>4))
	var flags uint16
	flags |= 1 << 3
	flags |= 1 << 9
	flags ^= 1 << 3
	flags |= 0xF000
	fmt.Printf("%016b %d\n", flags, flags)
	a, b := 12, 25
	a ^= b
	b ^= a
	a ^= b
	fmt.Println(a, b)
	fmt.Println(-7>>1, -7/2, uint8(0x80)>>7, int8(-128)>>7)
}

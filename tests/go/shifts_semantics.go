package main

import "fmt"

func main() {
	var x int8 = 1
	for i := 0; i < 9; i++ {
		fmt.Print(x<<i, " ")
	}
	fmt.Println()
	var u8 uint8 = 0xff
	var eight, forty, sixtyFour uint = 8, 40, 64
	fmt.Println(u8<<1, u8>>1, u8<<7, u8>>7, u8<<eight)
	var i32 int32 = -16
	fmt.Println(i32>>1, i32>>2, i32>>31, i32>>forty, i32<<28)
	var u64 uint64 = 1
	fmt.Println(u64<<63, u64<<sixtyFour, (u64<<63)>>63)
	var n int64 = -1
	fmt.Println(n>>63, n<<63, uint64(n)>>60)
	// Shift count of various types
	var s8 uint8 = 3
	var s64 uint64 = 4
	var si int = 5
	fmt.Println(1<<s8, 1<<s64, 1<<si)
	// Untyped constant shift takes type from context.
	var f float64 = 1 << 10
	fmt.Println(f)
	var k uint = 33
	var r int32 = 1 << 31 >> 31
	fmt.Println(r, int64(1)<<k, int32(1)<<k)
	// Large shifts
	big := uint(200)
	fmt.Println(1<<big == 0, -1>>big, int8(-128)>>big)
	// Bit manipulation
	val := uint16(0b1011_0000_1111_0101)
	fmt.Printf("%016b\n%016b\n%016b\n", val, val<<3, val>>5)
	fmt.Printf("%b %o %x %X %#x %#o %O\n", 202, 202, 202, 202, 202, 202, 202)
	var mask uint32 = ^uint32(0)
	fmt.Println(mask, mask>>16, mask<<16)
	fmt.Println(5&3, 5|3, 5^3, 5&^3, ^5, -5>>1, -5/2)
}

package main

import (
	"fmt"
	"math"
	"math/bits"
)

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println(i8)
	var u8 uint8 = 0
	u8--
	fmt.Println(u8)
	var i16 int16 = -32768
	i16 = -i16
	fmt.Println(i16)
	var i32 int32 = math.MaxInt32
	i32 += 10
	fmt.Println(i32)
	var i64 int64 = math.MaxInt64
	i64++
	fmt.Println(i64, i64 == math.MinInt64)
	var u uint = 0
	u--
	fmt.Println(u, uint64(u) == math.MaxUint64)
	var u32 uint32 = 1 << 31
	u32 *= 2
	fmt.Println(u32)
	x := 200
	fmt.Println(int8(x), uint8(x+100), int16(x*350), uint16(x*350))
	f := 3.99
	fmt.Println(int(f), int(-f), int64(1e18), uint8(int(f)))
	fmt.Println(-7/2, -7%2, 7/-2, 7%-2, -7>>1, -1>>10)
	fmt.Println(1<<10, 1<<62, uint64(1)<<63)
	var sh uint = 70
	fmt.Println(1<<sh, int64(1)<<sh, uint32(1)<<(sh-40), -8>>sh)
	fmt.Println(0x0F&0xF3, 0x0F|0xF0, 0x0F^0xFF, 0xFF&^0x0F, ^5, ^uint8(5))
	fmt.Println(bits.OnesCount(255), bits.LeadingZeros64(1), bits.TrailingZeros(8), bits.Len(255), bits.Reverse8(1), bits.RotateLeft32(1, -1))
	n := uint64(0xDEADBEEF)
	fmt.Printf("%x %X %#x %b %o\n", n, n, n, n&0xF, n&0777)
	fmt.Printf("%016b\n", uint16(0xA5A5))
	fmt.Printf("%08b %08b\n", int8(-1), uint8(200))
	fmt.Printf("%x %x\n", -255, int8(-1))
	isPow2 := func(v int) bool { return v > 0 && v&(v-1) == 0 }
	for _, v := range []int{0, 1, 2, 3, 64, 100, 1024} {
		fmt.Print(isPow2(v), " ")
	}
	fmt.Println()
	var flags uint8
	const (
		FlagA uint8 = 1 << iota
		FlagB
		FlagC
		FlagD
	)
	flags |= FlagA | FlagC
	fmt.Printf("%04b %v %v\n", flags, flags&FlagB != 0, flags&FlagC != 0)
	flags &^= FlagA
	flags ^= FlagD
	fmt.Printf("%04b\n", flags)
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxUint16, math.MaxInt64, uint64(math.MaxUint64))
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), -0.0, math.Copysign(0, -1))
	nan := math.NaN()
	fmt.Println(nan == nan, nan != nan, nan < 1, math.IsNaN(nan))
	m := map[float64]int{}
	m[nan] = 1
	m[nan] = 2
	fmt.Println(len(m), m[nan])
	fmt.Println(math.Sqrt(2), math.Pow(2, 10), math.Floor(-2.5), math.Ceil(-2.5), math.Round(-2.5), math.Trunc(-2.7), math.Abs(-3))
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Hypot(3, 4), math.Log(math.E), math.Log2(8), math.Log10(1000))
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, float32(0.1), float64(float32(0.1)))
	fmt.Println(0.1+0.2, 0.1+0.2 == 0.3, float32(0.1)+float32(0.2))
	var zero float64
	fmt.Println(1/zero, -1/zero, zero/zero)
	fmt.Println(int64(math.Float64bits(1.0)), math.Float64frombits(0x4000000000000000))
	hi, lo := bits.Mul64(1<<63, 4)
	fmt.Println(hi, lo)
	sum, carry := bits.Add64(math.MaxUint64, 1, 0)
	fmt.Println(sum, carry)
	q, r := bits.Div64(0, 100, 7)
	fmt.Println(q, r)
	const big = 1 << 100
	fmt.Println(big >> 98)
	const huge = 1e300 * 1e300 / 1e300
	fmt.Println(huge)
	fmt.Println(7.0/2, 7/2, 7/2.0, float64(7)/2)
	var rr rune = 'a' + 1
	var by byte = 'z' - 1
	fmt.Println(rr, by, string(rr), string(by))
	fmt.Printf("%T %T %T %T\n", 'a', 1.5, 1, "s")
}

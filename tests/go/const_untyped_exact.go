package main

import (
	"fmt"
	"math"
)

const Big = 1 << 100
const Small = Big >> 99
const Huge = 1e300 * 1e300 / 1e300
const Third = 1.0 / 3
const IntDiv = 7 / 2
const FloatDiv = 7 / 2.0
const Pi2 = math.Pi * 2

func main() {
	fmt.Println(Small)
	fmt.Println(Big / (1 << 98))
	fmt.Println(Huge)
	fmt.Println(Third, float32(Third))
	fmt.Println(IntDiv, FloatDiv)
	fmt.Printf("%.10f\n", Pi2)
	const x = 0.1
	const y = 0.2
	fmt.Println(x+y == 0.3)
	a, b := 0.1, 0.2
	fmt.Println(a+b == 0.3, a+b)
	const c = 'a' + 1
	fmt.Printf("%v %c %T\n", c, c, c)
	const s = "con" + "cat"
	fmt.Println(s, len(s))
	var f32 float32 = 1 << 24
	fmt.Println(f32 + 1)
	const maxU64 = math.MaxUint64
	var u uint64 = maxU64
	fmt.Println(u, uint64(math.MaxUint64>>1))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxInt8, math.MinInt16)
	const typed int32 = 1 << 30
	fmt.Printf("%T %v\n", typed, typed)
	var d = 1 << 62
	fmt.Printf("%T %v\n", d, d)
	const e = 1e3
	var i int = e
	fmt.Println(i)
	fmt.Println(Big/Big, (Big-1)%10)
}

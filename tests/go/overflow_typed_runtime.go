package main

import "fmt"

type Counter uint8
type Temp int16

func (c *Counter) Tick() { *c++ }

func sum8(xs ...int8) int8 {
	var s int8
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	var c Counter = 250
	for i := 0; i < 10; i++ {
		c.Tick()
	}
	fmt.Println(c)
	t := Temp(32000)
	t += 1000
	fmt.Println(t)
	fmt.Println(sum8(100, 100, 100), sum8(-100, -100))
	var x uint16 = 1
	for i := 0; i < 20; i++ {
		x *= 3
	}
	fmt.Println(x)
	a := int32(1 << 30)
	b := a + a
	fmt.Println(b, b-1, -b)
	var u uint = 1
	u <<= 63
	u += u
	fmt.Println(u)
	h := int64(0)
	for _, ch := range "overflowing hash" {
		h = h*31 + int64(ch)
	}
	fmt.Println(h)
	var i8 int8 = -128
	fmt.Println(i8/-1, i8*-1, -i8, i8-1)
	arr := []uint8{250, 251, 252}
	for i := range arr {
		arr[i] += 10
	}
	fmt.Println(arr)
	m := map[string]int16{"k": 32767}
	m["k"]++
	fmt.Println(m)
}

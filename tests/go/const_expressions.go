package main

import (
	"fmt"
	"math"
)

const (
	a     = 10
	b     = a * 2.5 // untyped float
	c     = a / 3   // integer division of untyped ints
	d     = a / 3.0
	e     = a % 3
	f     = -a >> 1
	g     = ^0
	h     = 'x' - 'a'
	s     = "len" + "gth"
	n     = len(s)
	t     = len([3]int{})
	bl    = a > 5 && s != ""
	big   = math.MaxUint32 * math.MaxUint32
	ratio = big / math.MaxUint32
	huge  = 1e500
	tiny  = huge / 1e499
)

type Small int8

const typedC Small = 100

func main() {
	fmt.Println(a, b, c, d, e, f, g, h, s, n, t, bl)
	fmt.Println(uint64(ratio), tiny)
	fmt.Printf("%T %T %T %T %T\n", a, b, h, s, bl)
	fmt.Println(typedC, typedC/3, typedC+27)
	const x = 1 << 63
	fmt.Println(uint64(x), x>>62, float64(x))
	var arr [n * 2]bool
	fmt.Println(len(arr))
	const third = 1.0 / 3.0
	fmt.Println(third*3 == 1, float32(third)*3 == 1)
	const precise = 0.1 + 0.2 - 0.3
	fmt.Println(precise, precise == 0)
	pi := math.Pi
	fmt.Println(math.Pi, float32(math.Pi), int(pi*1000))
	const maxInt = int(^uint(0) >> 1)
	fmt.Println(maxInt)
	fmt.Println(7.0/2, 7/2.0, 7/2, -7/2, -7.0/2)
	const r = 'a' * 2
	fmt.Println(r, string(rune(r/2)))
}

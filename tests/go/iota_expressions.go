package main

import "fmt"

type Size float64

const (
	_       = iota
	Half    = Size(iota) / 2
	OneHalf = Size(iota) / 2
	Two
)

type Level uint8

const (
	Debug Level = iota + 10
	Info
	Warn = Info * 2
	Error
	Fatal Level = 255 - iota
)

const (
	A = iota * iota
	B
	C
	D
)

const (
	first  = "x"
	second = iota
	third
)

type Mask uint64

const (
	_       = iota
	M1 Mask = 1<<(iota*8) - 1
	M2
	M3
)

func main() {
	fmt.Println(Half, OneHalf, Two)
	fmt.Println(Debug, Info, Warn, Error, Fatal)
	fmt.Println(A, B, C, D)
	fmt.Println(first, second, third)
	fmt.Printf("%#x %#x %#x\n", M1, M2, M3)
	fmt.Printf("%T %T %T\n", Two, Warn, M3)
}

package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Flag uint

const (
	FlagA Flag = 1 << iota
	FlagB
	FlagC
	FlagD
)

const (
	_  = iota
	A1 = iota * 10
	_
	A3
	A4 = "str"
	A5
	A6 = iota
)

const (
	X, Y = iota, iota + 100
	Z, W
	_, V
)

const single = iota

const (
	b0 = 1 << iota
	b1
	b2 = 100
	b3
	b4 = 1 << iota
)

func main() {
	fmt.Println(Red, Green, Blue, Color(7))
	fmt.Printf("%d %v %s\n", Blue, Blue, Green)
	fmt.Println(FlagA, FlagB, FlagC, FlagD)
	fl := FlagA | FlagC
	fmt.Println(fl, fl&FlagB != 0, fl&FlagC != 0, fl&^FlagA)
	fmt.Println(A1, A3, A4, A5, A6)
	fmt.Println(X, Y, Z, W, V)
	fmt.Println(single)
	fmt.Println(b0, b1, b2, b3, b4)
	colors := []Color{Blue, Red, Green}
	fmt.Println(colors)
	fmt.Printf("%v %d\n", colors, colors)
}

package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
	TB
)

const greeting = "hi"
const typedGreeting string = "hello"

type Label string

func describe(v interface{}) string { return fmt.Sprintf("%v:%T", v, v) }

func main() {
	fmt.Println(describe(1), describe(1.0), describe('x'), describe("s"), describe(true))
	fmt.Println(describe(Monday), describe(Tuesday+1))
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(TB / GB)
	var l Label = greeting
	fmt.Println(describe(l))
	var f float64 = 3
	var n = 3
	fmt.Println(f/2, n/2)
	const h = 5 / 2 * 2.0
	const k = 5.0 / 2 * 2
	fmt.Println(h, k)
	fmt.Println(describe(1<<3), describe(2.0*3))
	var u8 uint8 = 255
	fmt.Println(u8 + 1 - 1)
	const shift = 70
	fmt.Println((1 << shift) >> 68)
	fmt.Println(describe(typedGreeting))
}

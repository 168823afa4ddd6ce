package main

import "fmt"

type P struct{ x int }

func main() {
	fmt.Println("stdout line")
	println("println to stderr", 42, true, -7)
	print("print", "no", "spaces", 1, 2, "\n")
	println(3.5, 1e21, -0.0)
	println('a', "x")
	var ip *int
	println(ip == nil)
	var u8 uint8 = 255
	var i64 int64 = -1 << 63
	println(u8, i64)
	println()
	println(float32(0.1))
	fmt.Println("done")
}

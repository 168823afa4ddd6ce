package main

func main() {
	var f = 1.5
	_ = 1.5 << 2 // ERROR "invalid operation: shifted operand 1.5 \(untyped float constant\) must be integer"
	x := 1
	_ = x << -1 // ERROR "invalid operation: negative shift count -1|invalid shift count -1|must not be negative"
	_ = x << f  // ERROR "invalid operation: shift count f \(variable of type float64\) must be integer"
	_ = x << "a" // ERROR "cannot convert .a. \(untyped string constant\) to (type )?uint|shift count .a. \(untyped string constant\) must be integer|must be integer"
	var i8 int8 = 1 << 8 // ERROR "cannot use 1 << 8 \(untyped int constant 256\) as int8 value in variable declaration \(overflows\)|overflows int8"
	_ = i8
}

package main

func main() {
	s := "a"
	n := 1
	s += 1  // ERROR "cannot convert 1 \(untyped int constant\) to (type )?string|mismatched types string and untyped int"
	n += "x" // ERROR "cannot convert .x. \(untyped string constant\) to (type )?int|mismatched types int and untyped string"
	b := true
	b++ // ERROR "invalid operation: b\+\+ \(non-numeric type bool\)"
	s-- // ERROR "invalid operation: s-- \(non-numeric type string\)"
	var f float64
	f %= 2 // ERROR "invalid operation: operator % not defined on f \(variable of type float64\)"
	f <<= 1 // ERROR "invalid operation: shifted operand f \(variable of type float64\) must be integer"
}

package main

func main() {
	b := true
	s := "str"
	n := 3
	f := 1.5
	_ = b + b // ERROR "invalid operation: operator \+ not defined on b \(variable of type bool\)"
	_ = s - s // ERROR "invalid operation: operator - not defined on s \(variable of type string\)"
	_ = !n    // ERROR "invalid operation: operator ! not defined on n \(variable of type int\)"
	_ = -s    // ERROR "invalid operation: operator - not defined on s \(variable of type string\)"
	_ = f % 2 // ERROR "invalid operation: operator % not defined on f \(variable of type float64\)"
	_ = f << 1 // ERROR "invalid operation: shifted operand f \(variable of type float64\) must be integer"
	_ = b && n // ERROR "invalid operation: b && n \(mismatched types bool and int\)|operator && not defined"
	_ = ^f     // ERROR "invalid operation: operator \^ not defined on f \(variable of type float64\)"
}

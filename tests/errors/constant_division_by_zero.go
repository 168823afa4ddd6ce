package main

const zero = 0

func main() {
	x := 10
	_ = x / 0    // ERROR "invalid operation: division by zero"
	_ = x % zero // ERROR "invalid operation: division by zero"
	_ = 1.5 / 0  // ERROR "invalid operation: division by zero"
	const c = 7 / zero // ERROR "invalid operation: division by zero"
	y := 0
	_ = x / y
}

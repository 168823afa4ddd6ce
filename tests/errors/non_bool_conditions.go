package main

func main() {
	n := 1
	s := "x"
	if n { // ERROR "non-boolean condition in if statement"
	}
	for s { // ERROR "non-boolean condition in for statement"
	}
	if n == 1 || s { // ERROR "invalid operation: n == 1 \|\| s \(mismatched types untyped bool and string\)"
	}
	_ = !s // ERROR "invalid operation: operator ! not defined on s \(variable of type string\)"
}

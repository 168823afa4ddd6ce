package main

const c = 3

func f() int { return 1 }

func main() {
	x := 1
	_ = *x // ERROR "invalid operation: cannot indirect x \(variable of type int\)"
	_ = &c // ERROR "invalid operation: cannot take address of c \(untyped int constant 3\)"
	_ = &f() // ERROR "invalid operation: cannot take address of f\(\) \(value of type int\)"
	_ = &1   // ERROR "invalid operation: cannot take address of 1 \(untyped int constant\)"
	p := &x
	_ = **p // ERROR "invalid operation: cannot indirect \*p \(variable of type int\)"
}

package main

func one() int {
	return 1, 2 // ERROR "too many return values"
}

func two() (int, string) {
	return 1 // ERROR "not enough return values"
}

func none() {
	return 5 // ERROR "too many return values"
}

func named() (a, b int) {
	return
}

func wrongType() string {
	return 42 // ERROR "cannot use 42 \(untyped int constant\) as (type )?string( value)? in return statement"
}

func main() {
	one()
	two()
	none()
	named()
	wrongType()
}

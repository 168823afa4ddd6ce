package main

func init() int { // ERROR "func init must have no arguments and no return values"
	return 1
}

var init = 3 // ERROR "cannot declare init - must be func"

func main() {
	init() // ERROR "undefined: init"
}

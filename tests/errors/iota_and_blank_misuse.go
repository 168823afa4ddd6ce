package main

func main() {
	x := iota // ERROR "cannot use iota outside constant declaration|undefined: iota"
	y := _    // ERROR "cannot use _ as value"
	_ = x + y
	var _ = 1
}

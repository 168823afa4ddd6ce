package main

func main() {
	x := 1
	_ = y + 1
	x = "text"
	var s string = 5
	undefinedFunc(3)
	_, _ = x, s
}

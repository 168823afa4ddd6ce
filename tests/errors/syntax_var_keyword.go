package main

func main() {
	var := 5 // ERROR "syntax error: unexpected :=, expect(ing|ed) name"
}

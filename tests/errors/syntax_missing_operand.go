package main

func main() {
	_ = 1 +
} // ERROR "syntax error: unexpected }, expect(ing|ed) expression"

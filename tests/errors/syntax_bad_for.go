package main

func main() {
	for i := 0; i < 3; i++; { // ERROR "syntax error: expected for loop condition|syntax error: unexpected semicolon"
	}
}

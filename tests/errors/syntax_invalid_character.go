package main

func main() {
	_ = @1 // ERROR "invalid character U\+0040 '@'"
}

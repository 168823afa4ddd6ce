package main

import "fmt"

func main() {
	defer fmt.Println("deferred at the end of the input")
	defer func() { panic("in a deferred call") }()
	fmt.Println("body")
}

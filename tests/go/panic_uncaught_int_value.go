package main

import "fmt"

type Code int

func check(c Code) {
	if c != 0 {
		panic(c)
	}
}

func main() {
	check(0)
	fmt.Println("first check passed")
	func() {
		defer func() {
			fmt.Println("recovered", recover())
		}()
		panic(42)
	}()
	check(7)
}

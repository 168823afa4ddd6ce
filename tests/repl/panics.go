package main

import "fmt"

func main() {
	fmt.Println("session continues")
	xs := []int{1, 2, 3}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		panic(fmt.Sprintf("inner %d", 42))
	}()
	fmt.Println(xs)
	// In the REPL a goroutine's panic is reported and the session goes on.
	fmt.Println("after the goroutine's panic")
}

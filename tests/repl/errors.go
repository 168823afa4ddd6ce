package main

import "fmt"

func main() {
	x := 1
	fmt.Println("still here", x)
	z := x + 1
	fmt.Println(z)
}

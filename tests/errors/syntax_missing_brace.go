package main

import "fmt"

func main() {
	if true {
		fmt.Println("x")
	
	fmt.Println("y")
}

func other() { // ERROR "syntax error: unexpected (name )?other, expected \(|syntax error: unexpected other"
}

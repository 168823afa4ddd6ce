package main

import "fmt"

func main() {
	var ch chan int // nil: declared, never made
	fmt.Println("closing a nil channel")
	close(ch)
}

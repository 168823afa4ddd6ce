package main

import "fmt"

// The REPL reports each deadlock and goes on; the inputs that did not deadlock, as one program.
func main() {
	ch := make(chan int)
	fmt.Println("the session goes on")
	go func() { ch <- 1 }()
	fmt.Println(<-ch)
	sel := make(chan string)
	go func() { sel <- "to the select of a later input" }()
	select {
	case s := <-sel:
		fmt.Println(s)
	}
}

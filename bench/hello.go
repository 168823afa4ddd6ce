// hello: start-up time — the smallest program.
package main

import "fmt"

func main() {
	fmt.Println("hello, world")
}

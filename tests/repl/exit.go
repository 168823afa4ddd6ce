package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("before")
	func() { defer fmt.Println("deferred calls do not run on os.Exit"); os.Exit(3) }()
	fmt.Println("not reached")
}

package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred calls do not run on os.Exit")
	fmt.Println("about to exit")
	fmt.Fprintln(os.Stderr, "error: something failed")
	os.Exit(3)
}

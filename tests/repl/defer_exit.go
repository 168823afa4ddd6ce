package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("not printed: os.Exit runs no deferred calls")
	fmt.Println("exiting")
	os.Exit(3)
}

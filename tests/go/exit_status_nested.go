package main

import (
	"fmt"
	"os"
)

func check(code int) {
	defer fmt.Println("check defer never printed")
	if code != 0 {
		fmt.Println("fatal: code", code)
		os.Exit(code)
	}
}

func main() {
	check(0)
	fmt.Println("first check ok")
	check(7)
}

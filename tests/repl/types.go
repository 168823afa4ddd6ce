package main

import (
	"fmt"
	"strings"
)

type P struct{ X int }

func main() {
	fmt.Printf("%T\n", 1)
	fmt.Printf("%T\n", 2.5)
	fmt.Printf("%T\n", "s")
	fmt.Printf("%T\n", 'r')
	fmt.Printf("%T\n", []string{})
	fmt.Printf("%T\n", map[string][]int{})
	fmt.Printf("%T\n", &P{})
	fmt.Printf("%T\n", P{}.X)
	fmt.Printf("%T\n", strings.Cut)
	ch := make(chan<- bool)
	fmt.Printf("%T\n", ch)
}

package main

import (
	"fmt"
	"strings"
)

type P struct{ X int }

func main() {
	// Variables of constants' default types (`:type 1` says "untyped int": types_untyped).
	i, f, s, r := 1, 2.5, "s", 'r'
	fmt.Printf("%T\n", i)
	fmt.Printf("%T\n", f)
	fmt.Printf("%T\n", s)
	fmt.Printf("%T\n", r)
	fmt.Printf("%T\n", []string{})
	fmt.Printf("%T\n", map[string][]int{})
	fmt.Printf("%T\n", &P{})
	fmt.Printf("%T\n", P{}.X)
	fmt.Printf("%T\n", strings.Cut)
	ch := make(chan<- bool)
	fmt.Printf("%T\n", ch)
}

package main

import "fmt"

func window(s string, start, n int) string {
	return s[start : start+n]
}

func main() {
	s := "hello"
	fmt.Println(window(s, 1, 3))
	fmt.Println(window(s, 3, 4))
}

package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

func main() {
	args := os.Args[1:]
	fmt.Println(len(args), args)
	total := 0
	var words []string
	for _, a := range args {
		if n, err := strconv.Atoi(a); err == nil {
			total += n
		} else {
			words = append(words, strings.ToUpper(a))
		}
	}
	fmt.Println("total", total, "words", words)
	if len(os.Args) < 1 {
		os.Exit(5)
	}
}

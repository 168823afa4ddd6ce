package main

import (
	"errors"
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Cut("key=value", "="))
	m := map[string]int{"b": 2, "a": 1}
	fmt.Println(m)
	fmt.Println([]string{"x", "y"})
	var e error
	fmt.Println(e)
	fmt.Println(errors.New("bad"))
	fmt.Println(&struct{ A int }{5})
	fmt.Println(3.5 / 2)
	fmt.Println('a')
	fmt.Println("a" + "b")
	fmt.Println(nil == e)
	fmt.Println("fmt calls print only their own output")
	fmt.Println(fmt.Sprintf("%03d", 7))
	fmt.Println(len("hello"))
	fmt.Println(int64(1) << 40)
	fmt.Println([3]bool{true})
}

package main

import (
	"fmt"
	"strings"
)

type Greeter struct{ Name string }

func (g Greeter) Greet() string { return "hello, " + strings.ToUpper(g.Name) }

var loaded = "loaded"

func main() {
	fmt.Println(Greeter{"go"}.Greet())
}

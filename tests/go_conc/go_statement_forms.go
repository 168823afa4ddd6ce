package main

import (
	"fmt"
	"sort"
	"strings"
)

// `go` with every kind of call: a function, methods with value and pointer receivers, a
// method value, a method expression, a closure and a function-typed variable. The arguments
// are evaluated when the go statement runs, not when the goroutine starts.

type greeter struct{ name string }

func (g greeter) hello(out chan<- string)   { out <- "value method " + g.name }
func (g *greeter) rename(out chan<- string) { g.name += "!"; out <- "pointer method " + g.name }

func plain(s string, out chan<- string) { out <- "function " + s }

func main() {
	out := make(chan string, 10)
	g := greeter{"ada"}
	p := &greeter{"bob"}

	go plain("call", out)
	go g.hello(out)
	go p.rename(out)
	mv := g.hello
	go mv(out)
	go greeter.hello(greeter{"expr"}, out)
	go func(s string) { out <- "closure " + s }("arg")
	var fv func(string, chan<- string) = plain
	go fv("variable", out)
	word := "early"
	go plain(word, out) // word is evaluated now
	word = "late"

	var got []string
	for i := 0; i < 8; i++ {
		got = append(got, <-out)
	}
	sort.Strings(got)
	fmt.Println(strings.Join(got, "\n"))
}

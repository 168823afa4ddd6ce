package main

import (
	"fmt"
	"strings"
)

type Middleware func(func(string) string) func(string) string

func chain(h func(string) string, ms ...Middleware) func(string) string {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func tag(name string) Middleware {
	return func(next func(string) string) func(string) string {
		return func(s string) string {
			return "<" + name + ">" + next(s) + "</" + name + ">"
		}
	}
}

func main() {
	h := chain(strings.ToUpper, tag("b"), tag("i"))
	fmt.Println(h("hi"))
	// Closures capturing loop-local copies
	var printers []func() string
	for _, w := range []string{"x", "y", "z"} {
		w := w
		printers = append(printers, func() string { return w + w })
	}
	for _, p := range printers {
		fmt.Print(p(), " ")
	}
	fmt.Println()
	// A closure that modifies a captured slice header
	var items []int
	add := func(v int) { items = append(items, v) }
	for i := 0; i < 5; i++ {
		add(i * i)
	}
	fmt.Println(items)
	// Immediately invoked closure with its own scope
	result := func(a, b int) int {
		a, b = b, a
		return a - b
	}(3, 10)
	fmt.Println(result)
	// Capturing named results
	f := func() (n int) {
		inc := func() { n += 5 }
		inc()
		inc()
		return
	}
	fmt.Println(f())
	// Closures as struct fields
	type Button struct {
		Label   string
		OnClick func() string
	}
	clicks := 0
	bs := []Button{
		{"ok", func() string { clicks++; return "ok clicked" }},
		{"cancel", func() string { clicks += 10; return "cancelled" }},
	}
	for _, b := range bs {
		fmt.Println(b.Label, b.OnClick())
	}
	fmt.Println("clicks", clicks)
}

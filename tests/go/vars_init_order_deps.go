package main

import "fmt"

var trace []string

func note(name string, v int) int {
	trace = append(trace, name)
	return v
}

var (
	total    = note("total", price*qty+shipping)
	discount = note("discount", 5)
	price    = note("price", 10)
	qty      = note("qty", 3)
	counter  int
	shipping = note("shipping", computeShipping())
	label    = note("label", len(greeting))
	greeting = "hello"
)

func computeShipping() int { return base + 1 }

var base = note("base", 7)

var a = f("a", x)
var b = f("b", y)
var c = f("c", z)
var d = func() int {
	if false {
		_ = z
	}
	return f("d")
}()
var e = f("e")

var x int
var y int = 42
var z int = func() int { return 42 }()

func f(name string, _ ...interface{}) int {
	trace = append(trace, name)
	return 0
}

var registry = map[string]func() string{}

func register(name string, fn func() string) bool {
	registry[name] = fn
	trace = append(trace, "register "+name)
	return true
}

var _ = register("one", func() string { return "1" })
var _ = register("two", func() string { return "2" })

func init() {
	trace = append(trace, "init1")
	counter++
}

func init() {
	trace = append(trace, "init2")
	counter++
}

func main() {
	for i, t := range trace {
		fmt.Println(i, t)
	}
	fmt.Println(total, discount, shipping, label, counter, len(registry), registry["two"]())
}

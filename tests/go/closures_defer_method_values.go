package main

import (
	"fmt"
	"strings"
)

type Logger struct {
	prefix string
	out    *strings.Builder
}

func (l Logger) Log(msg string)    { fmt.Fprintf(l.out, "%s%s\n", l.prefix, msg) }
func (l *Logger) SetPrefix(p string) { l.prefix = p }

type Animal interface {
	Name() string
	Sound() string
}

type Base struct{ name string }

func (b Base) Name() string  { return b.name }
func (b Base) Sound() string { return "..." }

type Dog struct{ Base }

func (Dog) Sound() string { return "woof" }

type Puppy struct{ Dog }

func (p Puppy) Name() string { return "little " + p.Dog.Name() }

func describe(a Animal) string { return a.Name() + " says " + a.Sound() }

func counterGen() func() int {
	c := 0
	defer func() { c = 100 }()
	return func() int { c++; return c }
}

func deferLoop() (out []int) {
	for i := 0; i < 3; i++ {
		defer func(n int) { out = append(out, n*10) }(i)
	}
	return []int{-1}
}

func tripleDefer() (s string) {
	defer func() { s = "[" + s + "]" }()
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprint("recovered ", r)
		}
	}()
	var m map[string]int
	m["x"]++
	return "unreachable"
}

func apply(nums []int, fns ...func(int) int) []int {
	out := append([]int(nil), nums...)
	for _, f := range fns {
		for i := range out {
			out[i] = f(out[i])
		}
	}
	return out
}

func main() {
	var sb strings.Builder
	l := Logger{"[a] ", &sb}
	logA := l.Log
	l.SetPrefix("[b] ")
	logB := l.Log
	logA("one")
	logB("two")
	set := l.SetPrefix
	set("[c] ")
	l.Log("three")
	logFn := Logger.Log
	logFn(l, "four")
	setFn := (*Logger).SetPrefix
	setFn(&l, "[d] ")
	l.Log("five")
	fmt.Print(sb.String())
	animals := []Animal{Base{"thing"}, Dog{Base{"rex"}}, Puppy{Dog{Base{"bit"}}}}
	for _, a := range animals {
		fmt.Println(describe(a))
	}
	p := Puppy{Dog{Base{"spot"}}}
	fmt.Println(p.Sound(), p.Dog.Sound(), p.Base.Sound(), p.name)
	g := counterGen()
	fmt.Println(g(), g(), g())
	fmt.Println(deferLoop())
	fmt.Println(tripleDefer())
	sq := func(x int) int { return x * x }
	neg := func(x int) int { return -x }
	fmt.Println(apply([]int{1, 2, 3}, sq, neg, func(x int) int { return x + 100 }))
	var ops []func() string
	for _, w := range strings.Fields("alpha beta gamma") {
		w := w
		ops = append(ops, func() string { return strings.ToUpper(w[:1]) + w[1:] })
	}
	for _, op := range ops {
		fmt.Print(op(), " ")
	}
	fmt.Println()
	var fib func(int) int
	memo := map[int]int{}
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		memo[n] = fib(n-1) + fib(n-2)
		return memo[n]
	}
	fmt.Println(fib(50), len(memo))
	x := 1
	func() {
		x := 2
		x++
		_ = x
	}()
	inc := func() { x++ }
	inc()
	inc()
	fmt.Println(x)
	type op struct {
		name string
		fn   func(a, b int) (int, error)
	}
	table := []op{
		{"add", func(a, b int) (int, error) { return a + b, nil }},
		{"div", func(a, b int) (int, error) {
			if b == 0 {
				return 0, fmt.Errorf("div %d by zero", a)
			}
			return a / b, nil
		}},
	}
	for _, o := range table {
		for _, args := range [][2]int{{6, 3}, {1, 0}} {
			r, err := o.fn(args[0], args[1])
			fmt.Printf("%s%v = %d, %v\n", o.name, args, r, err)
		}
	}
}

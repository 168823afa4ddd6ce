package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc()         { c.n++ }
func (c *Counter) Add(k int)    { c.n += k }
func (c Counter) Get() int      { return c.n }
func (c Counter) Label() string { return fmt.Sprintf("%s=%d", c.name, c.n) }
func (c *Counter) Reset() *Counter {
	c.n = 0
	return c
}

type Num int

func (n Num) Plus(m Num) Num { return n + m }

func main() {
	c := Counter{name: "c"}
	c.Inc() // addressable: (&c).Inc()
	c.Add(5)
	fmt.Println(c.Get(), c.Label())
	// Method value binds the receiver now.
	get := c.Get // copies c
	inc := c.Inc // binds &c
	inc()
	inc()
	fmt.Println(get(), c.Get())
	// Method expressions.
	getE := Counter.Get
	addE := (*Counter).Add
	addE(&c, 10)
	fmt.Println(getE(c))
	labelP := (*Counter).Label
	fmt.Println(labelP(&c))
	fmt.Printf("%T\n", getE)
	fmt.Printf("%T\n", addE)
	// Chained pointer methods.
	c.Reset().Add(3)
	fmt.Println(c.n)
	// Methods on named non-struct types.
	var n Num = 40
	plus := n.Plus
	fmt.Println(plus(2), Num.Plus(1, 2))
	// Methods via pointer in a slice of values.
	cs := []Counter{{name: "a"}, {name: "b"}}
	for i := range cs {
		cs[i].Add(i + 1)
	}
	fmt.Println(cs[0].Label(), cs[1].Label())
	// Method value from a pointer copies at evaluation time for value receivers.
	p := &Counter{name: "p", n: 1}
	lbl := p.Label
	p.n = 100
	fmt.Println(lbl(), p.Label())
	fns := []func(){c.Inc, c.Inc, p.Inc}
	for _, f := range fns {
		f()
	}
	fmt.Println(c.n, p.n)
}

package main

type I interface{ M() }
type T struct{}

func (T) M() {}

func main() {
	var i I = T{}
	p := &i
	p.M() // ERROR "p.M undefined \(type \*I is pointer to interface, not interface\)"
	var t *T
	t.M()
	var pp **T
	pp.M() // ERROR "pp.M undefined \(type \*\*T has no field or method M\)"
}

package main

type Bad struct { // ERROR "invalid recursive type"
	next Bad
}

type A [2]B // ERROR "invalid recursive type"
type B struct{ a A }

type OK struct {
	next *OK
	kids []OK
	m    map[string]OK
}

func main() {
	_ = OK{}
}

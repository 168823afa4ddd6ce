package main

type P struct{ X int }

func get() P { return P{} }

const limit = 10

func main() {
	s := "abc"
	s[0] = 'x' // ERROR "cannot assign to s\[0\]"
	limit = 5 // ERROR "cannot assign to limit"
	m := map[string]P{}
	m["a"].X = 1 // ERROR "cannot assign to struct field m\[.a.\].X in map"
	get().X = 2 // ERROR "cannot assign to get\(\).X"
	len(s) = 3 // ERROR "cannot assign to len\(s\)"
	"lit" = s // ERROR "cannot assign to .lit."
	f := func() {}
	f() = 1 // ERROR "cannot assign to f\(\)|f\(\) \(no value\) used as value"
}

package main

type P struct {
	X, Y int
	Name string
}

func main() {
	_ = P{Z: 1}             // ERROR "unknown field .?Z.? in struct literal"
	_ = P{1, 2}             // ERROR "too few values in (P\{…\}|struct literal)"
	_ = P{1, 2, "a", 4}     // ERROR "too many values in (P\{…\}|struct literal)"
	_ = P{X: 1, 2, "n"}     // ERROR "mixture of field:value and value elements in struct literal"
	_ = P{X: 1, X: 2}       // ERROR "duplicate field name X in struct literal"
	_ = P{X: "one"}         // ERROR "cannot use .one. \(untyped string constant\) as (type )?int( value)? in struct literal"
	_ = P{X: 1, Name: "ok"}
}

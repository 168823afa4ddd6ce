package main

type Celsius float64
type S struct{ A int }
type U struct{ B int }

func main() {
	_ = int("12")       // ERROR "cannot convert .12. \(untyped string constant\) to (type )?int"
	_ = string(1.5)     // ERROR "cannot convert 1.5 \(untyped float constant\) to (type )?string"
	_ = bool(1)         // ERROR "cannot convert 1 \(untyped int constant\) to (type )?bool"
	_ = S(U{1})         // ERROR "cannot convert U\{…\} \(value of type U\) to (type )?S"
	_ = []int("abc")    // ERROR "cannot convert .abc. \(untyped string constant\) to (type )?\[\]int"
	x := 3.7
	_ = Celsius(x)
	_ = int(x)
	var p *int
	_ = (*float64)(p) // ERROR "cannot convert p \(variable of type \*int\) to (type )?\*float64"
}

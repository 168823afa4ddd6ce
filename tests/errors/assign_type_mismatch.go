package main

func main() {
	x := 1
	var s string
	s = x // ERROR "cannot use x \(variable of type int\) as (type )?string( value)? in assignment"
	var f float64 = "str" // ERROR "cannot use .str. \(untyped string constant\) as (type )?float64( value)? in variable declaration"
	var b bool = 1 // ERROR "cannot use 1 \(untyped int constant\) as (type )?bool( value)? in variable declaration"
	var i int = 2.5 // ERROR "cannot use 2.5 \(untyped float constant\) as (type )?int( value)? in variable declaration|truncated"
	var p *int = &s // ERROR "cannot use &s \(value of type \*string\) as (type )?\*int( value)? in variable declaration"
	var sl []int = []string{} // ERROR "cannot use \[\]string\{\} \(value of type \[\]string\) as (type )?\[\]int( value)? in variable declaration"
	_, _, _, _, _, _ = s, f, b, i, p, sl
}

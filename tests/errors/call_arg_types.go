package main

func takeInt(n int) int        { return n }
func takeStr(s string) string { return s }

type Celsius float64

func takeC(c Celsius) {}

func main() {
	takeInt("seven") // ERROR "cannot use .seven. \(untyped string constant\) as (type )?int( value)? in argument to takeInt"
	takeStr(7)       // ERROR "cannot use 7 \(untyped int constant\) as (type )?string( value)? in argument to takeStr"
	var f float64 = 1
	takeC(f) // ERROR "cannot use f \(variable of type float64\) as (type )?Celsius( value)? in argument to takeC"
	takeC(1.5)
	var x int = takeStr("a") // ERROR "cannot use takeStr\(.a.\) \(value of type string\) as (type )?int( value)? in variable declaration"
	_ = x
}

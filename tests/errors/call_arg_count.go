package main

func f(a int, b string) {}
func v(prefix string, rest ...int) {}

func main() {
	f(1)              // ERROR "not enough arguments in call to f"
	f(1, "x", 3)      // ERROR "too many arguments in call to f"
	f()               // ERROR "not enough arguments in call to f"
	v()               // ERROR "not enough arguments in call to v"
	v("p", 1, 2, "3") // ERROR "cannot use .3. \(untyped string constant\) as (type )?int( value)? in argument to v"
	nums := []int{1}
	v("p", 0, nums...) // ERROR "too many arguments|can only use ... with final parameter|have \(string, number, \.\.\.int\)"
	f(nums...)         // ERROR "cannot use ... in call to non-variadic f|not enough arguments|have \(\.\.\.int\)"
}

package main

type I interface{ M() }
type T struct{}

func main() {
	x := 5
	_ = x.(int) // ERROR "invalid operation: x \(variable of type int\) is not an interface"
	var i I
	_ = i.(T) // ERROR "impossible type assertion: i.\(T\)|T does not implement I \(missing (method M|M method)\)"
	var e interface{} = 1
	_ = e.(int)
	switch x.(type) { // ERROR "x \(variable of type int\) is not an interface"
	}
}

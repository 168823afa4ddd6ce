package main

type I interface{ M() }
type T struct{}

func main() {
	var v interface{} = 1
	switch x := v.(type) { // ERROR "(x declared but not used|declared and not used: x)"
	case int, string:
	}
	var i I
	switch i.(type) {
	case T: // ERROR "impossible type switch case: (T\s+)?i \(variable of (interface )?type I\) cannot have dynamic type T \(missing (method M|M method)\)"
	case int: // ERROR "impossible type switch case: (int\s+)?i \(variable of (interface )?type I\) cannot have dynamic type int \(missing (method M|M method)\)"
	}
	switch v.(type) {
	case int:
	case int: // ERROR "duplicate case int in type switch"
	}
}

package main

func main() {
	x := 1
	switch x {
	case 1:
	case 2, 1: // ERROR "duplicate case 1 (\(constant of type int\) )?in expression switch"
	}
	s := "a"
	switch s {
	case "a", "b":
	case "a": // ERROR "duplicate case .a. (\(constant of type string\) )?in expression switch"
	}
	_ = map[string]int{"k": 1, "k": 2} // ERROR "duplicate key .k. in map literal"
	_ = []int{0: 1, 0: 2}               // ERROR "duplicate index 0 in array or slice literal"
	_ = [2]int{1, 2, 3}                 // ERROR "index 2 is out of bounds \(>= 2\)|array index 2 out of bounds \[0:2\]"
}

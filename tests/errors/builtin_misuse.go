package main

func main() {
	x := 5
	_ = len(x) // ERROR "invalid argument: x \(variable of type int\) for (built-in )?len"
	_ = cap(map[int]int{}) // ERROR "invalid argument: map\[int\]int\{\} \(value of type map\[int\]int\) for (built-in )?cap"
	_ = append(x, 1) // ERROR "invalid argument: x \(variable of type int\) is not a slice|first argument to append must be a slice"
	_ = make(int) // ERROR "invalid argument: cannot make int; type must be slice, map, or channel|cannot make int"
	_ = make([]int) // ERROR "invalid operation: make\(\[\]int\) expects 2 or 3 arguments; found 1"
	_ = new(1) // ERROR "1 is not a type"
	delete(x, 1) // ERROR "invalid argument: x \(variable of type int\) is not a map"
	s := []int{}
	copy(s, "abc") // ERROR "arguments to copy s \(variable of type \[\]int\) and .abc. \(untyped string constant\) have different element types"
}

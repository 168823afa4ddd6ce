package main

func two() (int, int) { return 1, 2 }
func none()           {}

func main() {
	x := two() + 1 // ERROR "multiple-value two\(\) (\(value of type \(int, int\)\) )?in single-value context"
	y := none()    // ERROR "none\(\) \(no value\) used as value"
	var z int = two() // ERROR "assignment mismatch: 1 variable but two(\(\))? returns 2 values|multiple-value two\(\) (\(value of type \(int, int\)\) )?in single-value context"
	_ = []int{two()}  // ERROR "multiple-value two\(\) (\(value of type \(int, int\)\) )?in single-value context"
	if none() { // ERROR "none\(\) \(no value\) used as value"
	}
	_, _, _ = x, y, z
}

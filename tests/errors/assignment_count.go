package main

func pair() (int, int) { return 1, 2 }
func single() int      { return 1 }

func main() {
	a, b := 1 // ERROR "assignment mismatch: 2 variables but 1 value"
	c := pair() // ERROR "assignment mismatch: 1 variable but pair(\(\))? returns 2 values"
	d, e, f := pair() // ERROR "assignment mismatch: 3 variables but pair(\(\))? returns 2 values"
	var g, h int = single() // ERROR "assignment mismatch: 2 variables but single(\(\))? returns 1 value"
	x, y := 1, 2, 3 // ERROR "assignment mismatch: 2 variables but 3 values"
	_, _, _, _, _, _, _, _, _, _ = a, b, c, d, e, f, g, h, x, y
}

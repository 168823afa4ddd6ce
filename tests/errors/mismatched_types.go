package main

func main() {
	a := 1
	s := "x"
	var f float64 = 2
	var i8 int8 = 3
	_ = a + s  // ERROR "invalid operation: a \+ s \(mismatched types int and string\)"
	_ = a * f  // ERROR "invalid operation: a \* f \(mismatched types int and float64\)"
	_ = i8 + a // ERROR "invalid operation: i8 \+ a \(mismatched types int8 and int\)"
	_ = a == s // ERROR "invalid operation: a == s \(mismatched types int and string\)"
	_ = s < f  // ERROR "invalid operation: s < f \(mismatched types string and float64\)"
	_ = a + 1.5 // ERROR "1.5 \(untyped float constant\) truncated to int|cannot use 1.5|truncated"
}

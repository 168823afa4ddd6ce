package main

func main() {
	arr := [3]int{1, 2, 3}
	_ = arr[5]  // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
	_ = arr[-1] // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	s := []int{1}
	_ = s[-2] // ERROR "invalid argument: index -2 \(constant of type int\) must not be negative"
	_ = "abc"[10] // ERROR "invalid argument: index 10 out of bounds \[0:3\]"
	_ = arr[1:5]  // ERROR "invalid argument: index 5 out of bounds \[0:4\]"
	_ = s[2:1]    // ERROR "invalid slice indices: 1 < 2"
	_ = arr[1.5]  // ERROR "truncated|1.5 \(untyped float constant\) truncated to int|invalid argument: index 1.5"
}

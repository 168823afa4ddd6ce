package main

func sum(xs ...int) int { return len(xs) }

func bad(xs ...int, y int) {} // ERROR "can only use ... with final parameter in list"

func main() {
	strs := []string{"a"}
	sum(strs...) // ERROR "cannot use strs \(variable of type \[\]string\) as (type )?\[\]int( value)? in argument to sum"
	sum(1, 2, 3)
	nums := []int{1}
	sum(nums...)
	_ = sum(nums) // ERROR "cannot use nums \(variable of type \[\]int\) as (type )?int( value)? in argument to sum"
}

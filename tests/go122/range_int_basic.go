// Go 1.22: `for i := range n` iterates i = 0, 1, ..., n-1; `for range n` runs n times;
// n <= 0 runs zero times; n is evaluated once before the loop.
//
// Expected output, line by line:
//
//	"0 1 2 3 4"        range 5 with the index printed, separated by spaces
//	"3"                `for range 3` counts three iterations
//	"none"             range 0 and range -2 (via a variable) run no iterations, so the flag stays false
//	"10"               sum of 0..4 using range over len(s) where s has 5 elements
//	"evaluated once"   calls() increments a counter; `range calls()` evaluates it once
//	"1 [0 1 2]"        ... the counter is 1; the loop body appended 0,1,2
//	"n=3 after loop"   changing n inside the loop does not change the iteration count (3)
//	"0,0 0,1 1,0 1,1"  nested range loops over 2
package main

import "fmt"

func main() {
	for i := range 5 {
		if i > 0 {
			fmt.Print(" ")
		}
		fmt.Print(i)
	}
	fmt.Println()
	count := 0
	for range 3 {
		count++
	}
	fmt.Println(count)
	ran := false
	for range 0 {
		ran = true
	}
	neg := -2
	for range neg {
		ran = true
	}
	if !ran {
		fmt.Println("none")
	}
	s := []int{7, 7, 7, 7, 7}
	sum := 0
	for i := range len(s) {
		sum += i
	}
	fmt.Println(sum)
	calls := 0
	get := func() int { calls++; return 3 }
	var seen []int
	for i := range get() {
		seen = append(seen, i)
	}
	fmt.Println("evaluated once")
	fmt.Println(calls, seen)
	n := 3
	iters := 0
	for range n {
		n = 100
		iters++
	}
	fmt.Printf("n=%d after loop\n", iters)
	first := true
	for i := range 2 {
		for j := range 2 {
			if !first {
				fmt.Print(" ")
			}
			first = false
			fmt.Printf("%d,%d", i, j)
		}
	}
	fmt.Println()
}

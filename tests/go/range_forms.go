package main

import (
	"fmt"
	"sort"
)

func main() {
	s := []string{"a", "b", "c"}
	for i := range s {
		fmt.Print(i)
	}
	fmt.Println()
	for i, v := range s {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	for _, v := range s {
		fmt.Print(v)
	}
	fmt.Println()
	count := 0
	for range s {
		count++
	}
	fmt.Println(count)
	// The range expression is evaluated once: appending doesn't extend the loop.
	nums := []int{1, 2, 3}
	for _, v := range nums {
		nums = append(nums, v*10)
	}
	fmt.Println(nums)
	// Modifying later elements of a slice IS seen (shared array).
	vals := []int{1, 2, 3}
	for i, v := range vals {
		if i+1 < len(vals) {
			vals[i+1] += v
		}
	}
	fmt.Println(vals)
	// Range over string gives runes.
	for i, r := range "añ€" {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	// Map: sort keys first.
	m := map[string]int{"z": 26, "a": 1, "m": 13}
	keys := make([]string, 0)
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, "=", m[k], " ")
	}
	fmt.Println()
	sum := 0
	for _, v := range m {
		sum += v
	}
	fmt.Println(sum)
	// Range over array pointer and nil slice.
	arr := [3]int{7, 8, 9}
	for i, v := range &arr {
		arr[2] = 100 // visible through the pointer
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	var nilS []int
	for range nilS {
		fmt.Println("never")
	}
	// Assigning to existing variables
	var idx int
	var val string
	for idx, val = range s {
	}
	fmt.Println(idx, val)
	// Range over a function call result evaluated once.
	calls := 0
	get := func() []int { calls++; return []int{1, 2, 3} }
	for range get() {
	}
	fmt.Println("calls", calls)
}

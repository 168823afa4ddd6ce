package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	// Reverse iteration
	s := []string{"a", "b", "c", "d"}
	for i := len(s) - 1; i >= 0; i-- {
		fmt.Print(s[i])
	}
	fmt.Println()
	// Pairwise iteration
	nums := []int{1, 4, 9, 16, 25}
	var diffs []int
	for i := 1; i < len(nums); i++ {
		diffs = append(diffs, nums[i]-nums[i-1])
	}
	fmt.Println(diffs)
	// Sliding window
	for i := 0; i+3 <= len(nums); i++ {
		w := nums[i : i+3]
		fmt.Print(w, " ")
	}
	fmt.Println()
	// Chunking
	data := []int{1, 2, 3, 4, 5, 6, 7}
	for len(data) > 0 {
		n := 3
		if len(data) < n {
			n = len(data)
		}
		fmt.Print(data[:n], " ")
		data = data[n:]
	}
	fmt.Println()
	// Iterating a map in sorted order of values
	scores := map[string]int{"ann": 90, "bob": 72, "cy": 90, "di": 85}
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range scores {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool {
		if kvs[i].v != kvs[j].v {
			return kvs[i].v > kvs[j].v
		}
		return kvs[i].k < kvs[j].k
	})
	for rank, e := range kvs {
		fmt.Printf("%d. %s %d\n", rank+1, e.k, e.v)
	}
	// Zip two slices
	names := []string{"x", "y", "z"}
	vals := []float64{1.5, 2.5}
	for i := range names {
		if i >= len(vals) {
			break
		}
		fmt.Print(names[i], "=", vals[i], " ")
	}
	fmt.Println()
	// Range over a string building a histogram
	hist := map[rune]int{}
	for _, r := range "mississippi" {
		hist[r]++
	}
	fmt.Println(hist)
	// Infinite loop with break, counting digits
	n, digits := 9876543210, 0
	for {
		digits++
		n /= 10
		if n == 0 {
			break
		}
	}
	fmt.Println(digits, strings.Repeat("-", digits))
}

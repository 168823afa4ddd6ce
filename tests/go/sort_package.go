package main

import (
	"fmt"
	"sort"
	"strings"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
}

func main() {
	ints := []int{5, 2, 8, 1, 9, 3, 7, 3}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	fmt.Println(sort.SearchInts(ints, 7), sort.SearchInts(ints, 4), sort.SearchInts(ints, 100))
	strs := []string{"banana", "Apple", "cherry", "apple", "Banana"}
	sort.Strings(strs)
	fmt.Println(strs)
	fl := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fl)
	fmt.Println(fl)
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
	emps := []Employee{
		{"alice", "eng", 120}, {"bob", "ops", 90}, {"carol", "eng", 150},
		{"dan", "ops", 90}, {"erin", "sales", 70}, {"frank", "eng", 120},
	}
	sort.SliceStable(emps, func(i, j int) bool { return emps[i].Salary > emps[j].Salary })
	for _, e := range emps {
		fmt.Print(e.Name, " ")
	}
	fmt.Println()
	sort.SliceStable(emps, func(i, j int) bool { return emps[i].Dept < emps[j].Dept })
	for _, e := range emps {
		fmt.Print(e.Dept, ":", e.Name, " ")
	}
	fmt.Println()
	sort.Slice(strs, func(i, j int) bool {
		return strings.ToLower(strs[i]) < strings.ToLower(strs[j]) || (strings.ToLower(strs[i]) == strings.ToLower(strs[j]) && strs[i] < strs[j])
	})
	fmt.Println(strs)
	idx := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(idx)
	words := []string{"a", "ccc", "bb", "dddd", "ee", "f"}
	sort.SliceStable(words, func(i, j int) bool { return len(words[i]) < len(words[j]) })
	fmt.Println(words)
	found := sort.SearchStrings([]string{"a", "c", "e"}, "d")
	fmt.Println(found)
	big := make([]int, 1000)
	for i := range big {
		big[i] = (i * 7919) % 1000
	}
	sort.Ints(big)
	ok := true
	for i := range big {
		if big[i] != i {
			ok = false
		}
	}
	fmt.Println("1000 sorted:", ok)
}

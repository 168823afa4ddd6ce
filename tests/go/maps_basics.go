package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[string]int{"one": 1, "two": 2}
	m["three"] = 3
	fmt.Println(m, len(m))
	v, ok := m["two"]
	fmt.Println(v, ok)
	v, ok = m["four"]
	fmt.Println(v, ok)
	delete(m, "one")
	delete(m, "nonexistent")
	fmt.Println(m, len(m))
	m["two"] += 20
	m["new"]++
	fmt.Println(m)
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, m[k])
	}
	// Maps are references.
	alias := m
	alias["shared"] = 1
	fmt.Println(len(m), m["shared"])
	// Map of slices
	groups := map[int][]string{}
	for _, w := range []string{"go", "is", "fun", "and", "a", "joy"} {
		groups[len(w)] = append(groups[len(w)], w)
	}
	fmt.Println(groups)
	// Map of maps
	nested := map[string]map[string]int{}
	for _, p := range [][2]string{{"a", "x"}, {"a", "y"}, {"b", "x"}} {
		if nested[p[0]] == nil {
			nested[p[0]] = map[string]int{}
		}
		nested[p[0]][p[1]]++
	}
	fmt.Println(nested)
	// Delete during iteration is allowed.
	nums := map[int]bool{1: true, 2: true, 3: true, 4: true}
	for k := range nums {
		if k%2 == 0 {
			delete(nums, k)
		}
	}
	fmt.Println(nums)
	// Various key types print sorted.
	fmt.Println(map[float64]string{2.5: "b", -1: "a", 10: "c"})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[rune]int{'b': 2, 'a': 1})
	fmt.Printf("%v %d\n", map[string]bool{}, len(map[int]int(nil)))
}

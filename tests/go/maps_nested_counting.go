package main

import (
	"fmt"
	"sort"
	"strings"
)

type Sale struct {
	Region, Product string
	Units           int
}

func main() {
	sales := []Sale{
		{"north", "apple", 10}, {"south", "apple", 5}, {"north", "pear", 7},
		{"east", "plum", 3}, {"south", "pear", 8}, {"north", "apple", 2}, {"east", "apple", 1},
	}
	byRegion := map[string]map[string]int{}
	totals := map[string]int{}
	for _, s := range sales {
		inner, ok := byRegion[s.Region]
		if !ok {
			inner = make(map[string]int)
			byRegion[s.Region] = inner
		}
		inner[s.Product] += s.Units
		totals[s.Product] += s.Units
	}
	fmt.Println(byRegion)
	fmt.Println(totals)
	regions := make([]string, 0, len(byRegion))
	for r := range byRegion {
		regions = append(regions, r)
	}
	sort.Strings(regions)
	for _, r := range regions {
		prods := byRegion[r]
		names := make([]string, 0, len(prods))
		for p := range prods {
			names = append(names, p)
		}
		sort.Slice(names, func(i, j int) bool {
			return prods[names[i]] > prods[names[j]] || (prods[names[i]] == prods[names[j]] && names[i] < names[j])
		})
		var parts []string
		for _, n := range names {
			parts = append(parts, fmt.Sprintf("%s:%d", n, prods[n]))
		}
		fmt.Printf("%-6s %s\n", r, strings.Join(parts, " "))
	}
	// Inverting a map
	inv := map[int][]string{}
	for p, t := range totals {
		inv[t] = append(inv[t], p)
	}
	for _, v := range inv {
		sort.Strings(v)
	}
	fmt.Println(inv)
	// Map with slice values shares backing arrays carefully
	m := map[string][]int{"a": make([]int, 0, 4)}
	x := append(m["a"], 1)
	y := append(m["a"], 2)
	fmt.Println(x, y, m["a"], len(m["a"]))
	// Clearing a map by deleting all keys
	for k := range totals {
		delete(totals, k)
	}
	fmt.Println(totals, len(totals))
}

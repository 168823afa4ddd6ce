package main

import (
	"fmt"
	"sort"
)

func topo(deps map[string][]string) ([]string, error) {
	indeg := map[string]int{}
	users := map[string][]string{}
	for n, ds := range deps {
		if _, ok := indeg[n]; !ok {
			indeg[n] = 0
		}
		for _, d := range ds {
			if _, ok := indeg[d]; !ok {
				indeg[d] = 0
			}
			indeg[n]++
			users[d] = append(users[d], n)
		}
	}
	var ready []string
	for n, d := range indeg {
		if d == 0 {
			ready = append(ready, n)
		}
	}
	sort.Strings(ready)
	var order []string
	for len(ready) > 0 {
		n := ready[0]
		ready = ready[1:]
		order = append(order, n)
		us := users[n]
		sort.Strings(us)
		for _, u := range us {
			indeg[u]--
			if indeg[u] == 0 {
				ready = append(ready, u)
				sort.Strings(ready)
			}
		}
	}
	if len(order) != len(indeg) {
		var cyc []string
		for n, d := range indeg {
			if d > 0 {
				cyc = append(cyc, n)
			}
		}
		sort.Strings(cyc)
		return order, fmt.Errorf("cycle among %v", cyc)
	}
	return order, nil
}

func main() {
	build := map[string][]string{
		"app":    {"lib", "log", "config"},
		"lib":    {"core", "log"},
		"log":    {"core"},
		"config": {"core", "yaml"},
		"test":   {"app"},
	}
	fmt.Println(topo(build))
	build["core"] = []string{"test"}
	fmt.Println(topo(build))
	fmt.Println(topo(map[string][]string{}))
}

package main

import (
	"fmt"
	"sort"
	"strings"
)

type Employee struct {
	Name   string
	Dept   string
	Salary float64
	Skills []string
}

type Stats struct {
	Count int
	Total float64
	Max   float64
}

type Key struct {
	Dept  string
	Level int
}

func main() {
	emps := []Employee{
		{"Ann", "eng", 120, []string{"go", "sql"}},
		{"Ben", "eng", 100, []string{"python"}},
		{"Cid", "ops", 90, nil},
		{"Dee", "sales", 80, []string{"talk"}},
		{"Eve", "ops", 95, []string{"go", "bash"}},
	}
	byDept := map[string][]Employee{}
	stats := map[string]*Stats{}
	for _, e := range emps {
		byDept[e.Dept] = append(byDept[e.Dept], e)
		st, ok := stats[e.Dept]
		if !ok {
			st = &Stats{}
			stats[e.Dept] = st
		}
		st.Count++
		st.Total += e.Salary
		if e.Salary > st.Max {
			st.Max = e.Salary
		}
	}
	depts := make([]string, 0, len(byDept))
	for d := range byDept {
		depts = append(depts, d)
	}
	sort.Strings(depts)
	for _, d := range depts {
		st := stats[d]
		names := []string{}
		for _, e := range byDept[d] {
			names = append(names, e.Name)
		}
		fmt.Printf("%-6s n=%d avg=%.1f max=%.0f %v\n", d, st.Count, st.Total/float64(st.Count), st.Max, names)
	}
	vals := map[string]Stats{}
	vals["x"] = Stats{Count: 1}
	v := vals["x"]
	v.Count++
	vals["x"] = v
	fmt.Println(vals)
	skills := map[string]map[string]bool{}
	for _, e := range emps {
		for _, s := range e.Skills {
			if skills[s] == nil {
				skills[s] = map[string]bool{}
			}
			skills[s][e.Name] = true
		}
	}
	fmt.Println(skills)
	fmt.Println(len(skills["go"]), skills["rust"]["x"], len(skills["rust"]))
	levels := map[Key]int{{"eng", 1}: 3, {"eng", 2}: 1, {"ops", 1}: 2}
	levels[Key{"eng", 1}]++
	fmt.Println(levels, levels[Key{"none", 0}])
	delete(levels, Key{"ops", 1})
	delete(levels, Key{"zzz", 9})
	fmt.Println(len(levels))
	if n, ok := levels[Key{"eng", 2}]; ok {
		fmt.Println("found", n)
	}
	arrKey := map[[2]string]float64{{"usd", "eur"}: 0.9, {"eur", "usd"}: 1.1}
	fmt.Println(arrKey[[2]string{"usd", "eur"}], arrKey)
	ifaceKey := map[interface{}]string{1: "int", "1": "string", 1.0: "float", true: "bool", Key{"a", 1}: "key"}
	fmt.Println(len(ifaceKey), ifaceKey[1], ifaceKey[1.0], ifaceKey[Key{"a", 1}])
	counts := map[rune]int{}
	for _, r := range "hello, world" {
		counts[r]++
	}
	type rc struct {
		r rune
		c int
	}
	var list []rc
	for r, c := range counts {
		list = append(list, rc{r, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].c != list[j].c {
			return list[i].c > list[j].c
		}
		return list[i].r < list[j].r
	})
	for _, x := range list[:4] {
		fmt.Printf("%q=%d ", x.r, x.c)
	}
	fmt.Println()
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	for k := range m {
		if k != "b" {
			delete(m, k)
		}
	}
	fmt.Println(m)
	var nilMap map[string]int
	fmt.Println(nilMap["x"], len(nilMap), nilMap == nil)
	for range nilMap {
		fmt.Println("never")
	}
	delete(nilMap, "x")
	cache := make(map[int]string, 100)
	cache[1] = strings.Repeat("x", 3)
	fmt.Println(len(cache), cache)
	funcs := map[string]func(float64, float64) float64{
		"add": func(a, b float64) float64 { return a + b },
		"mul": func(a, b float64) float64 { return a * b },
	}
	ops := []string{"add", "mul", "div"}
	for _, op := range ops {
		if f, ok := funcs[op]; ok {
			fmt.Println(op, f(3, 4))
		} else {
			fmt.Println(op, "unsupported")
		}
	}
	type Graph map[string][]string
	gr := Graph{"a": {"b", "c"}, "b": {"d"}, "c": {"d"}, "d": nil}
	visited := map[string]bool{}
	var order []string
	var dfs func(string)
	dfs = func(n string) {
		if visited[n] {
			return
		}
		visited[n] = true
		for _, nb := range gr[n] {
			dfs(nb)
		}
		order = append(order, n)
	}
	dfs("a")
	fmt.Println(order)
	pm := map[string]*Employee{}
	for i := range emps {
		pm[emps[i].Name] = &emps[i]
	}
	pm["Ann"].Salary += 10
	fmt.Println(emps[0].Salary)
	fmt.Printf("%v\n", map[string][]int{"b": {2}, "a": nil})
	fmt.Printf("%+v\n", map[string]Stats{"z": {1, 2, 3}})
}

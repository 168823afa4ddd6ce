package main

import (
	"fmt"
	"sort"
)

type Graph struct {
	adj map[int][]int
}

func (g *Graph) Edge(a, b int) {
	if g.adj == nil {
		g.adj = map[int][]int{}
	}
	g.adj[a] = append(g.adj[a], b)
	g.adj[b] = append(g.adj[b], a)
}

func (g *Graph) Nodes() []int {
	var ns []int
	for n := range g.adj {
		ns = append(ns, n)
	}
	sort.Ints(ns)
	return ns
}

func (g *Graph) Components() [][]int {
	seen := map[int]bool{}
	var comps [][]int
	for _, start := range g.Nodes() {
		if seen[start] {
			continue
		}
		var comp []int
		stack := []int{start}
		seen[start] = true
		for len(stack) > 0 {
			n := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			comp = append(comp, n)
			for _, m := range g.adj[n] {
				if !seen[m] {
					seen[m] = true
					stack = append(stack, m)
				}
			}
		}
		sort.Ints(comp)
		comps = append(comps, comp)
	}
	return comps
}

func (g *Graph) Bipartite() bool {
	color := map[int]int{}
	for _, s := range g.Nodes() {
		if _, ok := color[s]; ok {
			continue
		}
		color[s] = 0
		queue := []int{s}
		for len(queue) > 0 {
			n := queue[0]
			queue = queue[1:]
			for _, m := range g.adj[n] {
				if c, ok := color[m]; !ok {
					color[m] = 1 - color[n]
					queue = append(queue, m)
				} else if c == color[n] {
					return false
				}
			}
		}
	}
	return true
}

func (g *Graph) HasCycle() bool {
	visited := map[int]bool{}
	var dfs func(n, parent int) bool
	dfs = func(n, parent int) bool {
		visited[n] = true
		for _, m := range g.adj[n] {
			if !visited[m] {
				if dfs(m, n) {
					return true
				}
			} else if m != parent {
				return true
			}
		}
		return false
	}
	for _, n := range g.Nodes() {
		if !visited[n] && dfs(n, -1) {
			return true
		}
	}
	return false
}

func main() {
	var g Graph
	for _, e := range [][2]int{{1, 2}, {2, 3}, {4, 5}, {6, 7}, {7, 8}, {8, 9}, {10, 10 + 1}} {
		g.Edge(e[0], e[1])
	}
	fmt.Println(g.Components(), g.Bipartite(), g.HasCycle())
	g.Edge(9, 6)
	fmt.Println(len(g.Components()), g.Bipartite(), g.HasCycle())
	g.Edge(1, 3)
	fmt.Println(g.Bipartite(), g.HasCycle())
}

package main

import (
	"fmt"
	"sort"
	"strings"
)

type Edge struct {
	to     string
	weight int
}

type Graph map[string][]Edge

func (g Graph) AddEdge(a, b string, w int) {
	g[a] = append(g[a], Edge{b, w})
	g[b] = append(g[b], Edge{a, w})
}

type heapItem struct {
	node string
	dist int
}

type minHeap []heapItem

func (h *minHeap) push(it heapItem) {
	*h = append(*h, it)
	i := len(*h) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !h.less(i, p) {
			break
		}
		(*h)[i], (*h)[p] = (*h)[p], (*h)[i]
		i = p
	}
}

func (h minHeap) less(i, j int) bool {
	if h[i].dist != h[j].dist {
		return h[i].dist < h[j].dist
	}
	return h[i].node < h[j].node
}

func (h *minHeap) pop() heapItem {
	old := *h
	top := old[0]
	n := len(old) - 1
	old[0] = old[n]
	*h = old[:n]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < n && h.less(l, m) {
			m = l
		}
		if r < n && h.less(r, m) {
			m = r
		}
		if m == i {
			break
		}
		(*h)[i], (*h)[m] = (*h)[m], (*h)[i]
		i = m
	}
	return top
}

func (g Graph) Dijkstra(src string) (map[string]int, map[string]string) {
	dist := map[string]int{src: 0}
	prev := map[string]string{}
	done := map[string]bool{}
	h := &minHeap{}
	h.push(heapItem{src, 0})
	for len(*h) > 0 {
		it := h.pop()
		if done[it.node] {
			continue
		}
		done[it.node] = true
		for _, e := range g[it.node] {
			nd := it.dist + e.weight
			if d, ok := dist[e.to]; !ok || nd < d {
				dist[e.to] = nd
				prev[e.to] = it.node
				h.push(heapItem{e.to, nd})
			}
		}
	}
	return dist, prev
}

func path(prev map[string]string, dst string) string {
	var p []string
	for n := dst; n != ""; n = prev[n] {
		p = append([]string{n}, p...)
	}
	return strings.Join(p, " -> ")
}

func main() {
	g := Graph{}
	g.AddEdge("A", "B", 7)
	g.AddEdge("A", "C", 9)
	g.AddEdge("A", "F", 14)
	g.AddEdge("B", "C", 10)
	g.AddEdge("B", "D", 15)
	g.AddEdge("C", "D", 11)
	g.AddEdge("C", "F", 2)
	g.AddEdge("D", "E", 6)
	g.AddEdge("E", "F", 9)
	g.AddEdge("X", "Y", 1)
	dist, prev := g.Dijkstra("A")
	nodes := make([]string, 0, len(g))
	for n := range g {
		nodes = append(nodes, n)
	}
	sort.Strings(nodes)
	for _, n := range nodes {
		if d, ok := dist[n]; ok {
			fmt.Printf("%s: %2d via %s\n", n, d, path(prev, n))
		} else {
			fmt.Printf("%s: unreachable\n", n)
		}
	}
}

package main

import (
	"fmt"
	"sort"
)

type DSU struct {
	parent, rank, size []int
	sets               int
}

func NewDSU(n int) *DSU {
	d := &DSU{make([]int, n), make([]int, n), make([]int, n), n}
	for i := range d.parent {
		d.parent[i] = i
		d.size[i] = 1
	}
	return d
}

func (d *DSU) Find(x int) int {
	for d.parent[x] != x {
		d.parent[x] = d.parent[d.parent[x]]
		x = d.parent[x]
	}
	return x
}

func (d *DSU) Union(a, b int) bool {
	ra, rb := d.Find(a), d.Find(b)
	if ra == rb {
		return false
	}
	if d.rank[ra] < d.rank[rb] {
		ra, rb = rb, ra
	}
	d.parent[rb] = ra
	d.size[ra] += d.size[rb]
	if d.rank[ra] == d.rank[rb] {
		d.rank[ra]++
	}
	d.sets--
	return true
}

type edge struct{ u, v, w int }

func kruskal(n int, edges []edge) (int, []edge) {
	sort.Slice(edges, func(i, j int) bool {
		if edges[i].w != edges[j].w {
			return edges[i].w < edges[j].w
		}
		if edges[i].u != edges[j].u {
			return edges[i].u < edges[j].u
		}
		return edges[i].v < edges[j].v
	})
	d := NewDSU(n)
	total := 0
	var used []edge
	for _, e := range edges {
		if d.Union(e.u, e.v) {
			total += e.w
			used = append(used, e)
		}
	}
	return total, used
}

func main() {
	d := NewDSU(10)
	pairs := [][2]int{{0, 1}, {2, 3}, {1, 3}, {4, 5}, {6, 7}, {5, 7}, {0, 3}, {8, 8}}
	for _, p := range pairs {
		fmt.Print(d.Union(p[0], p[1]), " ")
	}
	fmt.Println()
	fmt.Println("sets:", d.sets, "size of 0's set:", d.size[d.Find(0)], d.Find(2) == d.Find(0), d.Find(4) == d.Find(0))
	edges := []edge{{0, 1, 4}, {0, 7, 8}, {1, 2, 8}, {1, 7, 11}, {2, 3, 7}, {2, 8, 2}, {2, 5, 4},
		{3, 4, 9}, {3, 5, 14}, {4, 5, 10}, {5, 6, 2}, {6, 7, 1}, {6, 8, 6}, {7, 8, 7}}
	total, used := kruskal(9, edges)
	fmt.Println(total, used)
}

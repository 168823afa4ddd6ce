package main

import (
	"fmt"
	"strings"
)

type Grid struct {
	w, h  int
	cells [][]bool
}

func NewGrid(w, h int) *Grid {
	c := make([][]bool, h)
	for i := range c {
		c[i] = make([]bool, w)
	}
	return &Grid{w, h, c}
}

func (g *Grid) Alive(x, y int) bool {
	x = (x + g.w) % g.w
	y = (y + g.h) % g.h
	return g.cells[y][x]
}

func (g *Grid) Neighbors(x, y int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if (dx != 0 || dy != 0) && g.Alive(x+dx, y+dy) {
				n++
			}
		}
	}
	return n
}

func (g *Grid) Step() *Grid {
	next := NewGrid(g.w, g.h)
	for y := 0; y < g.h; y++ {
		for x := 0; x < g.w; x++ {
			n := g.Neighbors(x, y)
			next.cells[y][x] = n == 3 || (n == 2 && g.cells[y][x])
		}
	}
	return next
}

func (g *Grid) String() string {
	var sb strings.Builder
	for _, row := range g.cells {
		for _, c := range row {
			if c {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func (g *Grid) Population() int {
	n := 0
	for _, row := range g.cells {
		for _, c := range row {
			if c {
				n++
			}
		}
	}
	return n
}

func main() {
	g := NewGrid(10, 8)
	// glider
	for _, p := range [][2]int{{1, 0}, {2, 1}, {0, 2}, {1, 2}, {2, 2}} {
		g.cells[p[1]][p[0]] = true
	}
	// blinker
	for x := 6; x < 9; x++ {
		g.cells[5][x] = true
	}
	for gen := 0; gen < 4; gen++ {
		fmt.Printf("gen %d pop %d\n%s", gen, g.Population(), g)
		g = g.Step()
	}
	for gen := 4; gen < 40; gen++ {
		g = g.Step()
	}
	fmt.Printf("gen 40 pop %d\n%s", g.Population(), g)
}

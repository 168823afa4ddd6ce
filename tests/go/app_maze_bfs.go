package main

import (
	"fmt"
	"strings"
)

var maze = []string{
	"##########",
	"#S.....#.#",
	"#.##.#.#.#",
	"#.#..#...#",
	"#.#.####.#",
	"#...#..#.#",
	"###.#.##.#",
	"#.....#..#",
	"#.###...E#",
	"##########",
}

type pt struct{ r, c int }

func solve(grid []string) (int, []string) {
	var start, end pt
	for r, row := range grid {
		for c, ch := range row {
			switch ch {
			case 'S':
				start = pt{r, c}
			case 'E':
				end = pt{r, c}
			}
		}
	}
	prev := map[pt]pt{}
	dist := map[pt]int{start: 0}
	queue := []pt{start}
	dirs := []pt{{-1, 0}, {0, 1}, {1, 0}, {0, -1}}
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		if p == end {
			break
		}
		for _, d := range dirs {
			n := pt{p.r + d.r, p.c + d.c}
			if grid[n.r][n.c] == '#' {
				continue
			}
			if _, seen := dist[n]; seen {
				continue
			}
			dist[n] = dist[p] + 1
			prev[n] = p
			queue = append(queue, n)
		}
	}
	d, ok := dist[end]
	if !ok {
		return -1, grid
	}
	out := make([][]byte, len(grid))
	for i := range grid {
		out[i] = []byte(grid[i])
	}
	for p := prev[end]; p != start; p = prev[p] {
		out[p.r][p.c] = '*'
	}
	lines := make([]string, len(out))
	for i := range out {
		lines[i] = string(out[i])
	}
	return d, lines
}

func main() {
	d, lines := solve(maze)
	fmt.Println("shortest path:", d)
	fmt.Println(strings.Join(lines, "\n"))
	blocked := append([]string(nil), maze...)
	blocked[7] = "#.....#.##"
	blocked[8] = "#.###..#E#"
	blocked[6] = "###.#.####"
	d, _ = solve(blocked)
	fmt.Println("blocked:", d)
}

package main

import "fmt"

func search(grid [][]int, target int) (int, int) {
	r, c := -1, -1
	for i, row := range grid {
		for j, v := range row {
			if v == target {
				r, c = i, j
				goto found
			}
		}
	}
	return r, c
found:
	fmt.Println("found via goto")
	return r, c
}

func main() {
	grid := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println(search(grid, 6))
	fmt.Println(search(grid, 10))
	// continue an outer labelled loop from within a switch
	count := 0
outer:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			switch {
			case j > i:
				continue outer
			case (i+j)%3 == 0:
				count += 10
			default:
				count++
			}
		}
	}
	fmt.Println(count)
	// labelled break out of a switch in a for-range
	words := []string{"a", "bb", "stop", "ccc"}
	n := 0
loop:
	for _, w := range words {
		switch w {
		case "stop":
			break loop
		default:
			n += len(w)
		}
	}
	fmt.Println(n)
	// goto implementing a retry loop with a counter
	tries := 0
retry:
	tries++
	if tries < 3 {
		fmt.Println("retrying", tries)
		goto retry
	}
	fmt.Println("gave up after", tries)
	// labelled continue in three nested loops
	var triples [][3]int
a:
	for x := 1; x < 20; x++ {
		for y := x; y < 20; y++ {
			for z := y; z < 30; z++ {
				if x*x+y*y == z*z {
					triples = append(triples, [3]int{x, y, z})
					continue a
				}
			}
		}
	}
	fmt.Println(triples)
}

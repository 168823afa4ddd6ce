package main

import "fmt"

func findPair(nums []int, target int) (int, int, bool) {
	var a, b int
	found := false
outer:
	for i := 0; i < len(nums); i++ {
		for j := i + 1; j < len(nums); j++ {
			if nums[i]+nums[j] == target {
				a, b, found = i, j, true
				break outer
			}
		}
	}
	return a, b, found
}

func main() {
	fmt.Println(findPair([]int{3, 8, 1, 9, 4}, 13))
	fmt.Println(findPair([]int{1, 2}, 10))
	// continue with label skips the rest of the inner loop
rows:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j > i {
				fmt.Println()
				continue rows
			}
			fmt.Print(i*j, " ")
		}
		fmt.Println("(full row)")
	}
	// break out of a switch inside a loop
	count := 0
loop:
	for i := 0; ; i++ {
		switch {
		case i%2 == 0:
			continue
		case i > 9:
			break loop
		}
		count += i
	}
	fmt.Println("sum of odd < 10:", count)
	// labelled break from select-less block: break inside switch only exits switch
	for i := 0; i < 3; i++ {
		switch i {
		case 1:
			break
		default:
			fmt.Println("i =", i)
		}
	}
	// range with label
	grid := [][]string{{"a", "b"}, {"c", "STOP", "d"}, {"e"}}
scan:
	for r, row := range grid {
		for c, v := range row {
			if v == "STOP" {
				fmt.Println("stop at", r, c)
				break scan
			}
			fmt.Println("visit", v)
		}
	}
}

package main

import "fmt"

var memo = map[int]int64{}

func countPaths(n int) int64 {
	// ways to climb n stairs taking 1, 2 or 3 steps
	if n < 0 {
		return 0
	}
	if n == 0 {
		return 1
	}
	if v, ok := memo[n]; ok {
		return v
	}
	v := countPaths(n-1) + countPaths(n-2) + countPaths(n-3)
	memo[n] = v
	return v
}

func hofQ(n int, cache []int) int {
	if n <= 2 {
		return 1
	}
	if cache[n] != 0 {
		return cache[n]
	}
	cache[n] = hofQ(n-hofQ(n-1, cache), cache) + hofQ(n-hofQ(n-2, cache), cache)
	return cache[n]
}

func female(n int) int {
	if n == 0 {
		return 1
	}
	return n - male(female(n-1))
}

func male(n int) int {
	if n == 0 {
		return 0
	}
	return n - female(male(n-1))
}

func catalan(n int, c map[int]uint64) uint64 {
	if n <= 1 {
		return 1
	}
	if v, ok := c[n]; ok {
		return v
	}
	var s uint64
	for i := 0; i < n; i++ {
		s += catalan(i, c) * catalan(n-1-i, c)
	}
	c[n] = s
	return s
}

func main() {
	for _, n := range []int{1, 2, 3, 10, 30, 50} {
		fmt.Print(countPaths(n), " ")
	}
	fmt.Println()
	cache := make([]int, 1001)
	fmt.Println(hofQ(10, cache), hofQ(100, cache), hofQ(1000, cache))
	for i := 0; i < 15; i++ {
		fmt.Print(female(i), male(i), " ")
	}
	fmt.Println()
	c := map[int]uint64{}
	for _, n := range []int{0, 1, 5, 10, 20, 35} {
		fmt.Print(catalan(n, c), " ")
	}
	fmt.Println()
}

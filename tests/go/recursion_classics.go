package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func ackermann(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func hanoi(n int, from, to, via string, moves *[]string) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves = append(*moves, from+"->"+to)
	hanoi(n-1, via, to, from, moves)
}

func power(base, exp int) int {
	if exp == 0 {
		return 1
	}
	half := power(base, exp/2)
	if exp%2 == 0 {
		return half * half
	}
	return half * half * base
}

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return 1 + depth(n-1)
}

func binarySearch(xs []int, target, lo, hi int) int {
	if lo > hi {
		return -1
	}
	mid := (lo + hi) / 2
	switch {
	case xs[mid] == target:
		return mid
	case xs[mid] < target:
		return binarySearch(xs, target, mid+1, hi)
	}
	return binarySearch(xs, target, lo, mid-1)
}

func subsets(xs []int) [][]int {
	if len(xs) == 0 {
		return [][]int{{}}
	}
	rest := subsets(xs[1:])
	out := append([][]int{}, rest...)
	for _, s := range rest {
		out = append(out, append([]int{xs[0]}, s...))
	}
	return out
}

func main() {
	for i := 0; i <= 25; i += 5 {
		fmt.Print(fib(i), " ")
	}
	fmt.Println()
	fmt.Println(ackermann(2, 3), ackermann(3, 3))
	var moves []string
	hanoi(4, "A", "C", "B", &moves)
	fmt.Println(len(moves), moves[:5])
	fmt.Println(power(3, 13), power(2, 62))
	fmt.Println(depth(100000))
	xs := []int{1, 3, 5, 7, 9, 11}
	fmt.Println(binarySearch(xs, 7, 0, len(xs)-1), binarySearch(xs, 4, 0, len(xs)-1))
	fmt.Println(subsets([]int{1, 2, 3}))
}

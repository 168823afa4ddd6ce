package main

import (
	"fmt"
	"strings"
)

func knapsack(weights, values []int, capacity int) (int, []int) {
	n := len(weights)
	dp := make([][]int, n+1)
	for i := range dp {
		dp[i] = make([]int, capacity+1)
	}
	for i := 1; i <= n; i++ {
		for c := 0; c <= capacity; c++ {
			dp[i][c] = dp[i-1][c]
			if w := weights[i-1]; w <= c && dp[i-1][c-w]+values[i-1] > dp[i][c] {
				dp[i][c] = dp[i-1][c-w] + values[i-1]
			}
		}
	}
	var picked []int
	for i, c := n, capacity; i > 0; i-- {
		if dp[i][c] != dp[i-1][c] {
			picked = append([]int{i - 1}, picked...)
			c -= weights[i-1]
		}
	}
	return dp[n][capacity], picked
}

func lcs(a, b string) string {
	m, n := len(a), len(b)
	dp := make([][]int, m+1)
	for i := range dp {
		dp[i] = make([]int, n+1)
	}
	for i := m - 1; i >= 0; i-- {
		for j := n - 1; j >= 0; j-- {
			if a[i] == b[j] {
				dp[i][j] = dp[i+1][j+1] + 1
			} else if dp[i+1][j] >= dp[i][j+1] {
				dp[i][j] = dp[i+1][j]
			} else {
				dp[i][j] = dp[i][j+1]
			}
		}
	}
	var sb strings.Builder
	for i, j := 0, 0; i < m && j < n; {
		switch {
		case a[i] == b[j]:
			sb.WriteByte(a[i])
			i++
			j++
		case dp[i+1][j] >= dp[i][j+1]:
			i++
		default:
			j++
		}
	}
	return sb.String()
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min3(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func min3(a, b, c int) int {
	m := a
	if b < m {
		m = b
	}
	if c < m {
		m = c
	}
	return m
}

func coinWays(coins []int, amount int) int64 {
	ways := make([]int64, amount+1)
	ways[0] = 1
	for _, c := range coins {
		for a := c; a <= amount; a++ {
			ways[a] += ways[a-c]
		}
	}
	return ways[amount]
}

func lis(xs []int) int {
	var tails []int
	for _, x := range xs {
		lo, hi := 0, len(tails)
		for lo < hi {
			mid := (lo + hi) / 2
			if tails[mid] < x {
				lo = mid + 1
			} else {
				hi = mid
			}
		}
		if lo == len(tails) {
			tails = append(tails, x)
		} else {
			tails[lo] = x
		}
	}
	return len(tails)
}

func main() {
	fmt.Println(knapsack([]int{12, 2, 1, 1, 4}, []int{4, 2, 1, 2, 10}, 15))
	fmt.Println(lcs("AGGTAB", "GXTXAYB"), lcs("the quick brown fox", "a quick brown dog"))
	for _, p := range [][2]string{{"kitten", "sitting"}, {"flaw", "lawn"}, {"", "abc"}, {"same", "same"}} {
		fmt.Println(p[0], p[1], editDistance(p[0], p[1]))
	}
	fmt.Println(coinWays([]int{1, 2, 5, 10, 20, 50, 100, 200}, 200))
	fmt.Println(lis([]int{10, 9, 2, 5, 3, 7, 101, 18, 4, 19, 20}))
}

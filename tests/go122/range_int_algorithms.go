// Go 1.22 range over int in ordinary algorithms, plus min (1.21).
//
// Expected output:
//
//	"[2 3 5 7 11 13 17 19 23 29]"   sieve of Eratosthenes below 30 using `range n` loops
//	"1 2 6 24 120"                  factorials 1!..5! using `for i := range 5` (i+1)
//	"[[1 0 0] [0 1 0] [0 0 1]]"      a 3x3 identity matrix built with nested range-over-int
//	"3"                             edit distance("kitten", "sitting") with min of three values
//	"**********"                    `for range 10` writes ten stars
package main

import (
	"fmt"
	"strings"
)

func main() {
	const n = 30
	composite := make([]bool, n)
	var primes []int
	for i := range n {
		if i < 2 || composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j < n; j += i {
			composite[j] = true
		}
	}
	fmt.Println(primes)
	f := 1
	var facts []string
	for i := range 5 {
		f *= i + 1
		facts = append(facts, fmt.Sprint(f))
	}
	fmt.Println(strings.Join(facts, " "))
	id := make([][]int, 3)
	for i := range 3 {
		id[i] = make([]int, 3)
		for j := range 3 {
			if i == j {
				id[i][j] = 1
			}
		}
	}
	fmt.Println(id)
	a, b := "kitten", "sitting"
	dp := make([][]int, len(a)+1)
	for i := range len(a) + 1 {
		dp[i] = make([]int, len(b)+1)
		dp[i][0] = i
	}
	for j := range len(b) + 1 {
		dp[0][j] = j
	}
	for i := range len(a) {
		for j := range len(b) {
			cost := 1
			if a[i] == b[j] {
				cost = 0
			}
			dp[i+1][j+1] = min(dp[i][j+1]+1, dp[i+1][j]+1, dp[i][j]+cost)
		}
	}
	fmt.Println(dp[len(a)][len(b)])
	var sb strings.Builder
	for range 10 {
		sb.WriteByte('*')
	}
	fmt.Println(sb.String())
}

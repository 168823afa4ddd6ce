// fannkuch-redux: the Benchmarks Game's pancake-flipping permutations — integer
// slice indexing and swaps. Usage: fannkuch-redux [n]  (default 9).
// Prints the checksum and the maximum number of flips.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func fannkuch(n int) (checksum, maxFlips int) {
	perm := make([]int, n)  // the permutation being flipped
	perm1 := make([]int, n) // the current permutation, in generation order
	count := make([]int, n) // the rotation counters that drive generation
	for i := range perm1 {
		perm1[i] = i
	}
	permCount := 0
	r := n
	for {
		for ; r != 1; r-- {
			count[r-1] = r
		}
		copy(perm, perm1)
		flips := 0
		for k := perm[0]; k != 0; k = perm[0] {
			for i, j := 0, k; i < j; i, j = i+1, j-1 {
				perm[i], perm[j] = perm[j], perm[i]
			}
			flips++
		}
		if flips > maxFlips {
			maxFlips = flips
		}
		if permCount%2 == 0 {
			checksum += flips
		} else {
			checksum -= flips
		}
		// Next permutation: rotate the first r+1 elements until a counter is left.
		for {
			if r == n {
				return checksum, maxFlips
			}
			first := perm1[0]
			for i := 0; i < r; i++ {
				perm1[i] = perm1[i+1]
			}
			perm1[r] = first
			count[r]--
			if count[r] > 0 {
				break
			}
			r++
		}
		permCount++
	}
}

func main() {
	n := 9
	// The size is the last argument when it is a number (interpreters such as yaegi
	// leave their own arguments at the front of os.Args).
	if v, err := strconv.Atoi(os.Args[len(os.Args)-1]); err == nil {
		n = v
	}
	checksum, maxFlips := fannkuch(n)
	fmt.Printf("%d\nPfannkuchen(%d) = %d\n", checksum, n, maxFlips)
}

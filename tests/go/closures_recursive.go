package main

import (
	"fmt"
	"strings"
)

type Tree struct {
	Val         int
	Left, Right *Tree
}

func main() {
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(10))
	var isEven, isOdd func(int) bool
	isEven = func(n int) bool { return n == 0 || isOdd(n-1) }
	isOdd = func(n int) bool { return n != 0 && isEven(n-1) }
	fmt.Println(isEven(10), isOdd(7), isEven(3))
	t := &Tree{5, &Tree{3, &Tree{1, nil, nil}, nil}, &Tree{8, &Tree{7, nil, nil}, &Tree{9, nil, nil}}}
	var vals []int
	var walk func(*Tree, int)
	var sb strings.Builder
	walk = func(n *Tree, depth int) {
		if n == nil {
			return
		}
		walk(n.Left, depth+1)
		vals = append(vals, n.Val)
		fmt.Fprintf(&sb, "%s%d\n", strings.Repeat("  ", depth), n.Val)
		walk(n.Right, depth+1)
	}
	walk(t, 0)
	fmt.Println(vals)
	fmt.Print(sb.String())
	// Permutations via recursive closure.
	var perms []string
	var permute func(prefix string, rest []byte)
	permute = func(prefix string, rest []byte) {
		if len(rest) == 0 {
			perms = append(perms, prefix)
			return
		}
		for i := range rest {
			next := make([]byte, 0, len(rest)-1)
			next = append(next, rest[:i]...)
			next = append(next, rest[i+1:]...)
			permute(prefix+string(rest[i]), next)
		}
	}
	permute("", []byte("abc"))
	fmt.Println(perms, len(perms))
}

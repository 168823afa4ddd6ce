package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	words := []string{"banana", "apple", "Cherry", "apple pie", "app", "éclair", "Zebra", ""}
	sort.Strings(words)
	fmt.Printf("%q\n", words)
	fmt.Println("a" < "b", "B" < "a", "abc" > "abd", "app" < "apple", "\xff" > "\u00ff")
	s := ""
	for i := 0; i < 10; i++ {
		s += string(rune('a' + i))
	}
	fmt.Println(s, len(s))
	s2 := s
	s += "!"
	fmt.Println(s2, s)
	parts := []string{}
	for i := 3; i > 0; i-- {
		parts = append(parts, strings.Repeat(fmt.Sprint(i), i))
	}
	fmt.Println(strings.Join(parts, "+"))
	x, y := "hello", "hel"
	y += "lo"
	fmt.Println(x == y, &x != &y)
	m := map[string]int{}
	m[y]++
	m[x]++
	fmt.Println(m)
	b := []byte("mutable")
	str := string(b)
	b[0] = 'M'
	fmt.Println(str, string(b))
	var sb strings.Builder
	sb.WriteString("multi")
	sb.WriteString("-part")
	fmt.Println(sb.String() == "multi-part", sb.Len())
	fmt.Println(strings.Compare("", "a"), min2("b", "a"))
}

func min2(a, b string) string {
	if a < b {
		return a
	}
	return b
}

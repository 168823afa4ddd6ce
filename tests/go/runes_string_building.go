package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func capitalizeWords(s string) string {
	prevSpace := true
	return strings.Map(func(r rune) rune {
		defer func() { prevSpace = unicode.IsSpace(r) }()
		if prevSpace {
			return unicode.ToUpper(r)
		}
		return r
	}, s)
}

func truncateRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i := 0
	for pos := range s {
		if i == n {
			return s[:pos] + "…"
		}
		i++
	}
	return s
}

func isAnagram(a, b string) bool {
	counts := map[rune]int{}
	for _, r := range a {
		counts[unicode.ToLower(r)]++
	}
	for _, r := range b {
		counts[unicode.ToLower(r)]--
	}
	for _, c := range counts {
		if c != 0 {
			return false
		}
	}
	return true
}

func main() {
	fmt.Println(capitalizeWords("hello wörld, élan vital"))
	for _, n := range []int{0, 3, 5, 20} {
		fmt.Println(truncateRunes("Grüße aus Köln", n))
	}
	fmt.Println(isAnagram("Dormitory", "dirtyroom"), isAnagram("abc", "abd"))
	var sb strings.Builder
	for r := 'α'; r <= 'ω'; r++ {
		sb.WriteRune(r)
	}
	greek := sb.String()
	fmt.Println(greek, len(greek), utf8.RuneCountInString(greek))
	fmt.Println(strings.ToUpper(greek))
	rs := []rune(greek)
	fmt.Println(string(rs[3:6]), string(rs[len(rs)-1]))
	b := []byte("abc")
	b = utf8.AppendRune(b, '→')
	fmt.Println(string(b), len(b))
}

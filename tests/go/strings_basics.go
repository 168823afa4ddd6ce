package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "Hello, World"
	fmt.Println(len(s), s[0], s[7:], s[:5], s[3:8])
	fmt.Println(strings.ToUpper(s), strings.ToLower(s))
	fmt.Println(strings.Contains(s, "World"), strings.Contains(s, "world"))
	fmt.Println(strings.Index(s, "o"), strings.LastIndex(s, "o"), strings.Index(s, "z"))
	fmt.Println(strings.HasPrefix(s, "Hell"), strings.HasSuffix(s, "ld"))
	fmt.Println(strings.Replace(s, "o", "0", 1), strings.ReplaceAll(s, "l", "L"))
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.Fields("  the quick\tbrown\n fox  "))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"))
	fmt.Println(strings.Repeat("ab", 3), strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Printf("[%s] [%s] [%s]\n", strings.TrimSpace("  pad  "), strings.Trim("xxhixx", "x"), strings.TrimLeft("aabc", "a"))
	fmt.Println(strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("file.go", ".go"))
	fmt.Println(strings.Title("hello"), strings.EqualFold("Go", "GO"))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	fmt.Println("abc" < "abd", "abc" < "ab", "Z" < "a", "" < "a")
	t := s
	t += "!"
	fmt.Println(s, t)
	fmt.Printf("%q\n", strings.SplitN("a:b:c:d", ":", 2))
	fmt.Println(strings.IndexByte("golang", 'l'), strings.IndexRune("chicken", 'k'), strings.IndexAny("golang", "ny"))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'l' {
			return -1
		}
		return r + 1
	}, "hello"))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.ContainsRune("abc", 'b'), strings.ContainsAny("abc", "xyz"))
}

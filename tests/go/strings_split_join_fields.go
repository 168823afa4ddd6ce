package main

import (
	"fmt"
	"strings"
)

func main() {
	csv := "name,age,,city,"
	parts := strings.Split(csv, ",")
	fmt.Printf("%d %q\n", len(parts), parts)
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 0))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", -1))
	fmt.Printf("%q\n", strings.Fields(""))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b22c333", func(r rune) bool { return r >= '0' && r <= '9' }))
	fmt.Println(strings.Join(nil, ","), strings.Join([]string{"solo"}, ","))
	lines := strings.Split("line one\nline two\n\nline four", "\n")
	for i, l := range lines {
		fmt.Printf("%d:%q:%d\n", i+1, l, len(strings.Fields(l)))
	}
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("a < b && c > d"))
	fmt.Println(strings.Replace("aaaa", "a", "b", 2), strings.Replace("aaaa", "", "-", -1))
	fmt.Println(strings.TrimFunc("123abc456", func(r rune) bool { return r < 'a' }))
	fmt.Println(strings.TrimRight("xxhixx", "x"), strings.TrimLeft("  x  ", " ")+"|")
	fmt.Println(strings.ToUpper("héllo wörld"), strings.ToLower("ÀÉÎ"), strings.ToTitle("go"))
	fmt.Println(strings.LastIndexByte("abcabc", 'b'), strings.IndexFunc("abc1", func(r rune) bool { return r == '1' }))
	fmt.Println(strings.HasPrefix("", ""), strings.Contains("", ""), strings.Index("abc", ""))
	fmt.Println(strings.Repeat("=", 0) == "", strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("ǅ", "ǆ"))
}

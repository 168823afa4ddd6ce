package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	s := "  The quick brown fox jumps over the lazy dog  "
	fmt.Printf("%q\n", strings.TrimSpace(s))
	fmt.Printf("%q\n", strings.Fields(s))
	fmt.Println(len(strings.Fields(s)))
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.SplitAfterN("a,b,c", ",", 2))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b2c3dd", unicode.IsDigit))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("-", 0)+"|")
	fmt.Println(strings.ToUpper("héllo wörld"), strings.ToLower("ÀBC"), strings.ToTitle("go"))
	fmt.Println(strings.Contains("seafood", "foo"), strings.ContainsAny("failure", "ui"), strings.ContainsRune("abc", 'b'))
	fmt.Println(strings.Index("chicken", "ken"), strings.LastIndex("go gopher", "go"), strings.IndexByte("abc", 'c'), strings.IndexRune("chicken", 'k'), strings.IndexAny("golang", "ny"), strings.IndexFunc("Hello, 世界", unicode.IsUpper))
	fmt.Println(strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"), strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"), strings.Replace("abc", "", "-", -1))
	fmt.Println(strings.Trim("xxhixx", "x"), strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"), strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("a.go", ".go"))
	fmt.Println(strings.TrimFunc("123abc456", unicode.IsDigit), strings.Title("hello world"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("<a href=\"x&y\">"))
	rot13 := func(r rune) rune {
		switch {
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "Hello, Gophers!"))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, "a b\tc\nd"))
	var sb strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&sb, "%d,", i)
	}
	sb.WriteByte('|')
	sb.WriteRune('世')
	sb.WriteString("end")
	fmt.Println(sb.String(), sb.Len())
	sb.Reset()
	fmt.Printf("%q %d\n", sb.String(), sb.Len())
	fmt.Println(strings.Join([]string{"x", "y", "z"}, ", "), strings.Join(nil, ","))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	before, after, found = strings.Cut("novalue", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
	fmt.Println(strings.LastIndexByte("abcabc", 'b'), strings.LastIndexAny("golang", "go"), strings.ContainsAny("", ""))
	rd := strings.NewReader("hello")
	buf := make([]byte, 3)
	n, _ := rd.Read(buf)
	fmt.Println(n, string(buf[:n]), rd.Len())
	words := strings.Fields("the cat the dog the end")
	freq := map[string]int{}
	for _, w := range words {
		freq[w]++
	}
	fmt.Println(freq)
	rev := func(s string) string {
		rs := []rune(s)
		for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
			rs[i], rs[j] = rs[j], rs[i]
		}
		return string(rs)
	}
	fmt.Println(rev("Hello, 世界!"))
	isPal := func(s string) bool {
		s = strings.ToLower(s)
		var b strings.Builder
		for _, c := range s {
			if unicode.IsLetter(c) || unicode.IsDigit(c) {
				b.WriteRune(c)
			}
		}
		t := b.String()
		return t == rev(t)
	}
	fmt.Println(isPal("A man, a plan, a canal: Panama"), isPal("hello"))
	fmt.Println(strings.Title("ünicode straße"), strings.ToUpper("straße"))
	fmt.Println(strings.IndexByte("", 'a'), strings.Index("", ""), strings.Index("abc", ""), strings.LastIndex("abc", ""))
	fmt.Printf("%q\n", strings.SplitN("a b c", " ", 0))
	fmt.Printf("%q\n", strings.SplitN("a b c", " ", -1))
}

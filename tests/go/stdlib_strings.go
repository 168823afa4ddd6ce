package main

import (
	"fmt"
	"io"
	"strings"
	"unicode"
)

func main() {
	s := "Hello, World! Hello, Gophers!"
	fmt.Println(strings.Contains(s, "World"), strings.Contains(s, ""), strings.ContainsAny(s, "xyz!"), strings.ContainsRune(s, 'G'), strings.ContainsAny("", ""))
	fmt.Println(strings.Index(s, "Hello"), strings.LastIndex(s, "Hello"), strings.Index(s, "zz"), strings.IndexByte(s, 'W'), strings.IndexRune("chicken", 'k'), strings.IndexRune("a\xffb", '\uFFFD'))
	fmt.Println(strings.IndexAny("golang", "ng"), strings.LastIndexAny("golang", "go"), strings.LastIndexByte("abcabc", 'b'), strings.IndexFunc("ab1c", unicode.IsDigit), strings.LastIndexFunc("1ab2c", unicode.IsDigit))
	fmt.Println(strings.HasPrefix(s, "Hell"), strings.HasSuffix(s, "!"), strings.Count(s, "Hello"), strings.Count("five", ""), strings.Count("aaaa", "aa"))
	fmt.Printf("%q\n", strings.Split("a,b,c", ","))
	fmt.Printf("%q\n", strings.Split("a,b,c", ""))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q %v\n", strings.SplitN("a,b", ",", 0), strings.SplitN("a,b", ",", 0) == nil)
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.SplitAfterN("a,b,c", ",", 2))
	fmt.Printf("%q\n", strings.Fields("  foo bar\tbaz \n\u00a0qux  "))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b22c333", unicode.IsDigit))
	fmt.Println(strings.Join([]string{"a", "b", "c"}, "-"), strings.Join(nil, ","), strings.Repeat("ab", 3), strings.Repeat("x", 0))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.Replace("oink oink oink", "oink", "moo", -1), strings.ReplaceAll("aaa", "a", "b"), strings.Replace("abc", "", "-", -1), strings.Replace("abc", "", "-", 2))
	fmt.Println(strings.ToUpper("hello ß ǳ"), strings.ToLower("HELLO ΑΒΓ İ"), strings.ToTitle("ǳ loud"), strings.Title("hello wide world"), strings.ToUpper("a\xffb"))
	fmt.Printf("[%s] [%s] [%s] [%s]\n", strings.TrimSpace("  \t hi there \n "), strings.Trim("xxhixx", "x"), strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"))
	fmt.Printf("[%s] [%s] [%s] [%s]\n", strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("body.go", ".go"), strings.TrimFunc("123abc456", unicode.IsDigit), strings.Trim("¡¡¡Hello, Gophers!!!", "!¡"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("σ", "Σ"), strings.EqualFold("ſ", "S"), strings.EqualFold("a", "b"), strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	before, after, found = strings.Cut("novalue", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
	rot13 := func(r rune) rune {
		switch {
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		case r == ' ':
			return -1
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "Hello Gopher"))
	fmt.Println(strings.ToValidUTF8("a\xff\xfeb\xffc", "?"))

	var b strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&b, "%d...", i)
	}
	b.WriteString("ignition")
	b.WriteByte('!')
	b.WriteRune('☺')
	n, _ := b.WriteRune('x')
	fmt.Println(b.String(), b.Len(), n)
	b.Reset()
	fmt.Printf("%q %d\n", b.String(), b.Len())
	b.Grow(10)
	fmt.Println(b.Cap() >= 10)

	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("<a href=\"x\">Tom & Jerry</a>"))
	fmt.Println(strings.NewReplacer("a", "1", "aa", "2", "aaa", "3").Replace("aaaa"))
	fmt.Println(strings.NewReplacer("aaa", "3", "aa", "2", "a", "1").Replace("aaaa"))
	fmt.Printf("%q\n", strings.NewReplacer("", "-").Replace("abc"))

	rd := strings.NewReader("héllo")
	fmt.Println(rd.Len(), rd.Size())
	c, _ := rd.ReadByte()
	r1, size, _ := rd.ReadRune()
	fmt.Println(string(c), string(r1), size, rd.Len())
	rest, _ := io.ReadAll(rd)
	fmt.Println(string(rest), rd.Len())
	_, err := rd.ReadByte()
	fmt.Println(err)
}

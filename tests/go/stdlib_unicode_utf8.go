package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func classes(r rune) string {
	s := ""
	for _, c := range []struct {
		name string
		f    func(rune) bool
	}{{"L", unicode.IsLetter}, {"D", unicode.IsDigit}, {"N", unicode.IsNumber}, {"S", unicode.IsSpace},
		{"U", unicode.IsUpper}, {"l", unicode.IsLower}, {"T", unicode.IsTitle}, {"P", unicode.IsPunct},
		{"p", unicode.IsPrint}, {"G", unicode.IsGraphic}, {"C", unicode.IsControl}, {"M", unicode.IsMark}, {"s", unicode.IsSymbol}} {
		if c.f(r) {
			s += c.name
		}
	}
	return s
}

func main() {
	for _, r := range []rune{'a', 'Z', '5', ' ', '\t', '\n', '!', '$', '€', 'é', 'ß', 'ǅ', '٣', 'Ⅻ', '½', '\u00a0', '\u2028', '\u0300', '世', '😀', 0x7f, 0x85, -1, 0x110000} {
		fmt.Printf("%U %s %c %c %c %c\n", r, classes(r), unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r))
	}
	fmt.Println(unicode.To(unicode.UpperCase, 'q'), unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1)
	k := 'k'
	for i := 0; i < 4; i++ {
		k = unicode.SimpleFold(k)
		fmt.Printf("%U ", k)
	}
	fmt.Println()

	s := "héllo, 世界 😀"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s), utf8.ValidString("a\xffb"), utf8.RuneCount([]byte(s)), utf8.Valid([]byte{0xe4, 0xb8}))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%d:%c:%d ", i, r, size)
		i += size
	}
	fmt.Println()
	r, size := utf8.DecodeLastRuneInString(s)
	fmt.Println(string(r), size)
	for _, bad := range []string{"", "\xff", "\xc0\x80", "\xed\xa0\x80", "\xe4\xb8", "\xf4\x90\x80\x80"} {
		r, size := utf8.DecodeRuneInString(bad)
		lr, lsize := utf8.DecodeLastRuneInString(bad)
		fmt.Printf("%q %U %d %U %d %v %v\n", bad, r, size, lr, lsize, utf8.FullRuneInString(bad), utf8.ValidString(bad))
	}
	for _, r := range []rune{0, 'a', 0x7ff, 0x800, 0xffff, 0x10000, 0x10ffff, 0x110000, 0xd800, -1} {
		buf := make([]byte, 4)
		n := utf8.EncodeRune(buf, r)
		fmt.Printf("%d %d % x %v\n", utf8.RuneLen(r), n, buf[:n], utf8.ValidRune(r))
	}
	b := utf8.AppendRune([]byte("x"), '世')
	fmt.Println(string(b), len(b), utf8.RuneStart(b[1]), utf8.RuneStart(b[2]), utf8.FullRune(b[1:3]), utf8.RuneError, utf8.UTFMax, utf8.RuneSelf)
	r2, s2 := utf8.DecodeRune([]byte("€uro"))
	r3, s3 := utf8.DecodeLastRune([]byte("euro€"))
	fmt.Println(string(r2), s2, string(r3), s3)
}

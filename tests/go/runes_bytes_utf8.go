package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func main() {
	s := "Grüße, 世界! 👋"
	fmt.Println(len(s), utf8.RuneCountInString(s), []byte(s)[:4])
	for i, r := range s {
		fmt.Printf("%d:%c(%d,%d) ", i, r, r, utf8.RuneLen(r))
	}
	fmt.Println()
	for i := 0; i < 6; i++ {
		fmt.Printf("%02x ", s[i])
	}
	fmt.Println()
	bad := "a\xffb\xc0\xafc"
	for i, r := range bad {
		fmt.Printf("%d:%U ", i, r)
	}
	fmt.Println(utf8.ValidString(bad), utf8.ValidString(s), []rune(bad))
	fmt.Printf("%q %+q %x\n", bad, bad, bad)
	r, size := utf8.DecodeRuneInString("€uro")
	fmt.Println(string(r), size)
	r, size = utf8.DecodeLastRuneInString("euro€")
	fmt.Println(string(r), size)
	r, size = utf8.DecodeRuneInString("")
	fmt.Println(r, size, r == utf8.RuneError)
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '世')
	fmt.Println(buf[:n], n)
	buf = utf8.AppendRune(nil, 'é')
	fmt.Println(buf)
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string([]byte{72, 105}), string([]rune{72, 105}))
	var b byte = 'A'
	b += 2
	fmt.Println(b, string(b), b-'A', 'a'-'A')
	up := func(s string) string {
		bs := []byte(s)
		for i, c := range bs {
			if c >= 'a' && c <= 'z' {
				bs[i] = c - 32
			}
		}
		return string(bs)
	}
	fmt.Println(up("hello, wörld"))
	caesar := func(s string, k int) string {
		return strings.Map(func(r rune) rune {
			if unicode.IsLower(r) && r < 128 {
				return 'a' + (r-'a'+rune(k)+26)%26
			}
			if unicode.IsUpper(r) && r < 128 {
				return 'A' + (r-'A'+rune(k)+26)%26
			}
			return r
		}, s)
	}
	enc := caesar("Attack at Dawn!", 3)
	fmt.Println(enc, caesar(enc, -3))
	counts := [4]int{}
	for _, r := range "Hello World 123 ¡Olé!" {
		switch {
		case unicode.IsUpper(r):
			counts[0]++
		case unicode.IsLower(r):
			counts[1]++
		case unicode.IsDigit(r):
			counts[2]++
		case unicode.IsPunct(r) || unicode.IsSpace(r):
			counts[3]++
		}
	}
	fmt.Println(counts)
	fmt.Println(unicode.ToUpper('ß'), string(unicode.ToUpper('é')), unicode.ToLower('Σ'), unicode.IsLetter('中'), unicode.In('α', unicode.Greek), unicode.Is(unicode.Han, '中'))
	fmt.Println(strings.IndexRune(s, '世'), strings.IndexByte(s, '!'), s[7:10], s[len(s)-4:])
	rs := []rune(s)
	fmt.Println(string(rs[7:9]), len(rs))
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		sb.WriteRune(rune('α' + i))
	}
	fmt.Println(sb.String(), sb.Len())
	fmt.Println(strings.ToUpper(s), strings.Title("ünïcode wörds"))
	bs := []byte("abc")
	str := string(bs)
	bs[0] = 'X'
	fmt.Println(str, string(bs))
	x := 'x'
	fmt.Printf("%T %v %c %q %U\n", x, x, x, x, x)
	var by byte = 200
	fmt.Printf("%T %v %c %q\n", by, by, by, by)
	digits := "8675309"
	sum := 0
	for _, d := range digits {
		sum += int(d - '0')
	}
	fmt.Println(sum)
	fmt.Println(strings.Count(s, ""), strings.ContainsRune(s, '👋'), utf8.RuneLen('👋'), utf8.UTFMax)
	fmt.Println(utf8.FullRune([]byte{0xe4, 0xb8}), utf8.RuneStart(0xb8), utf8.ValidRune(0xD800))
}

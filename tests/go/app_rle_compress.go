package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

func rle(s string) string {
	var sb strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && rs[j] == rs[i] {
			j++
		}
		if j-i > 1 {
			sb.WriteString(strconv.Itoa(j - i))
		}
		sb.WriteRune(rs[i])
		i = j
	}
	return sb.String()
}

func unrle(s string) string {
	var sb strings.Builder
	n := 0
	for _, r := range s {
		if unicode.IsDigit(r) {
			n = n*10 + int(r-'0')
			continue
		}
		if n == 0 {
			n = 1
		}
		sb.WriteString(strings.Repeat(string(r), n))
		n = 0
	}
	return sb.String()
}

// LZ77-ish: find longest previous match within a window.
type token struct {
	offset, length int
	next           byte
}

func lz(s string, window int) []token {
	var out []token
	for i := 0; i < len(s); {
		bestOff, bestLen := 0, 0
		start := i - window
		if start < 0 {
			start = 0
		}
		for j := start; j < i; j++ {
			l := 0
			for i+l < len(s)-1 && s[j+l] == s[i+l] {
				l++
			}
			if l > bestLen {
				bestOff, bestLen = i-j, l
			}
		}
		out = append(out, token{bestOff, bestLen, s[i+bestLen]})
		i += bestLen + 1
	}
	return out
}

func unlz(ts []token) string {
	var b []byte
	for _, t := range ts {
		start := len(b) - t.offset
		for k := 0; k < t.length; k++ {
			b = append(b, b[start+k])
		}
		b = append(b, t.next)
	}
	return string(b)
}

func main() {
	for _, s := range []string{"aaabccddddde", "abc", "", "zzzzzzzzzzzz", "ééé世世x"} {
		enc := rle(s)
		fmt.Printf("%q -> %q -> %q\n", s, enc, unrle(enc))
	}
	text := "abracadabra abracadabra abracadabra!"
	ts := lz(text, 16)
	fmt.Println(len(ts), ts)
	fmt.Println(unlz(ts) == text)
}

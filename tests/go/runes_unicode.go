package main

import (
	"fmt"
	"unicode"
)

func classify(r rune) string {
	switch {
	case unicode.IsUpper(r):
		return "upper"
	case unicode.IsLower(r):
		return "lower"
	case unicode.IsDigit(r):
		return "digit"
	case unicode.IsSpace(r):
		return "space"
	case unicode.IsPunct(r):
		return "punct"
	case unicode.IsLetter(r):
		return "letter"
	}
	return "other"
}

func main() {
	for _, r := range "aZ5 .é世\t+Ω" {
		fmt.Printf("%q %s\n", r, classify(r))
	}
	fmt.Println(string(unicode.ToUpper('ß')), string(unicode.ToUpper('é')), string(unicode.ToLower('Ω')))
	fmt.Println(unicode.IsLetter('_'), unicode.IsNumber('½'), unicode.IsDigit('½'))
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.In('a', unicode.Latin, unicode.Greek))
	fmt.Println(string(unicode.ToTitle('a')), unicode.MaxRune, unicode.ReplacementChar)
	word := "Hello World"
	var up, low int
	for _, r := range word {
		if unicode.IsUpper(r) {
			up++
		} else if unicode.IsLower(r) {
			low++
		}
	}
	fmt.Println(up, low)
	var rs []rune
	for _, r := range "swap CASE" {
		if unicode.IsUpper(r) {
			rs = append(rs, unicode.ToLower(r))
		} else {
			rs = append(rs, unicode.ToUpper(r))
		}
	}
	fmt.Println(string(rs))
}

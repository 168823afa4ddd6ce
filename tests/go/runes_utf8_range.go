package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "aé世😀"
	for i, r := range s {
		fmt.Printf("%d %c %U %d\n", i, r, r, utf8.RuneLen(r))
	}
	fmt.Println(len(s), utf8.RuneCountInString(s))
	// Invalid UTF-8 yields U+FFFD one byte at a time.
	bad := "a\xffb\xe4\xb8"
	for i, r := range bad {
		fmt.Printf("%d:%U ", i, r)
	}
	fmt.Println()
	fmt.Println(utf8.ValidString(s), utf8.ValidString(bad))
	r, size := utf8.DecodeRuneInString("世界")
	fmt.Printf("%c %d\n", r, size)
	r, size = utf8.DecodeLastRuneInString("世界")
	fmt.Printf("%c %d\n", r, size)
	r, size = utf8.DecodeRuneInString("")
	fmt.Println(r, size, r == utf8.RuneError)
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '€')
	fmt.Println(buf[:n], n)
	buf = utf8.AppendRune(nil, 'ü')
	fmt.Println(buf)
	fmt.Println(utf8.RuneCount([]byte("héllo")), utf8.FullRune([]byte{0xe4, 0xb8}))
	fmt.Println(utf8.UTFMax, utf8.RuneSelf, string(utf8.RuneError))
	// Index only positions
	for i := range "añb" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	// Conversions of invalid runes.
	fmt.Printf("%q %q\n", string(rune(0xD800)), string(rune(0x10FFFF+1)))
	fmt.Println(utf8.ValidRune(0xD800), utf8.ValidRune('a'))
}

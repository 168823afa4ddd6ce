package main

import "fmt"

func reverseBytes(s string) string {
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

func reverseRunes(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func isPalindrome(s string) bool {
	for i := 0; i < len(s)/2; i++ {
		if s[i] != s[len(s)-1-i] {
			return false
		}
	}
	return true
}

func main() {
	s := "golang"
	for i := 0; i < len(s); i++ {
		fmt.Printf("%d:%c(%d) ", i, s[i], s[i])
	}
	fmt.Println()
	fmt.Printf("%T %T\n", s[0], s[1:2])
	fmt.Println(reverseBytes("hello"), reverseRunes("héllo, 世界"))
	fmt.Printf("%q\n", reverseBytes("hé"))
	for _, w := range []string{"racecar", "abba", "abc", "", "a"} {
		fmt.Println(w, isPalindrome(w))
	}
	var counts [26]int
	for _, c := range []byte("the quick brown fox jumps over the lazy dog") {
		if c >= 'a' && c <= 'z' {
			counts[c-'a']++
		}
	}
	fmt.Println(counts)
	x := s[2:]
	y := x[:2]
	fmt.Println(x, y, len(s[:0]), s[len(s):])
	raw := `line1\n
line2 "quoted"`
	fmt.Println(raw)
	fmt.Println(len(raw))
	esc := "tab\there\nnewline \"q\" \\ \x41\u00e9\U0001F600 \101"
	fmt.Println(esc)
	fmt.Printf("%q\n", esc)
}

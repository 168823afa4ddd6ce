package main

func main() {
	a := 'ab' // ERROR "more than one character in rune literal"
	b := ''   // ERROR "empty rune literal or unescaped '"
	_, _ = a, b
}

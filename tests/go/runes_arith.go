package main

import "fmt"

func caesar(s string, shift rune) string {
	out := make([]rune, 0, len(s))
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z':
			out = append(out, 'a'+(r-'a'+shift+26)%26)
		case r >= 'A' && r <= 'Z':
			out = append(out, 'A'+(r-'A'+shift+26)%26)
		default:
			out = append(out, r)
		}
	}
	return string(out)
}

func main() {
	var r rune = 'A'
	var b byte = 'a'
	fmt.Println(r, b, r+1, b+1)
	fmt.Printf("%c %c %T %T\n", r+2, b+2, r, b)
	enc := caesar("Hello, World!", 3)
	fmt.Println(enc, caesar(enc, -3))
	digits := "9081726354"
	sum := 0
	for _, d := range digits {
		sum += int(d - '0')
	}
	fmt.Println(sum)
	fmt.Println('a' < 'b', 'z'-'a', '\n', '\'', '\\', '\x7f', '\u00e9')
	var x byte = 200
	x += 100
	fmt.Println(x)
	fmt.Printf("%q %q %q\n", 'x', '\n', '世')
	fmt.Printf("%v %d %x %U %#U\n", '世', '世', '世', '世', '世')
}

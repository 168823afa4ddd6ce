package main

import "fmt"

func main() {
	s := "Hi, 世界!"
	fmt.Println(len(s))
	for i := 0; i < len(s); i++ {
		fmt.Printf("%02x ", s[i])
	}
	fmt.Println()
	for i, r := range s {
		fmt.Printf("[%d %c]", i, r)
	}
	fmt.Println()
	for i, b := range []byte(s) {
		if b >= 0x80 {
			fmt.Print(i, " ")
		}
	}
	fmt.Println()
	rs := []rune(s)
	for i := len(rs) - 1; i >= 0; i-- {
		fmt.Print(string(rs[i]))
	}
	fmt.Println()
	var count [3]int
	for _, r := range s {
		switch {
		case r < 0x80:
			count[0]++
		case r < 0x800:
			count[1]++
		default:
			count[2]++
		}
	}
	fmt.Println(count)
	// Ranging a string converted from runes
	str := string([]rune{0x48, 0x49, 0x1F600})
	for _, r := range str {
		fmt.Printf("%U ", r)
	}
	fmt.Println(len(str))
}

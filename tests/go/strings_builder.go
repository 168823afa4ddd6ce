package main

import (
	"fmt"
	"strings"
)

func table(rows [][]string) string {
	widths := make([]int, len(rows[0]))
	for _, r := range rows {
		for i, c := range r {
			if len(c) > widths[i] {
				widths[i] = len(c)
			}
		}
	}
	var b strings.Builder
	for ri, r := range rows {
		for i, c := range r {
			if i > 0 {
				b.WriteString(" | ")
			}
			b.WriteString(c)
			b.WriteString(strings.Repeat(" ", widths[i]-len(c)))
		}
		b.WriteByte('\n')
		if ri == 0 {
			for i, w := range widths {
				if i > 0 {
					b.WriteString("-+-")
				}
				b.WriteString(strings.Repeat("-", w))
			}
			b.WriteByte('\n')
		}
	}
	return b.String()
}

func main() {
	var sb strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&sb, "%d,", i)
	}
	sb.WriteRune('é')
	sb.WriteRune('世')
	fmt.Println(sb.String(), sb.Len())
	sb.Reset()
	fmt.Printf("%q %d\n", sb.String(), sb.Len())
	fmt.Print(table([][]string{
		{"name", "qty", "price"},
		{"apple", "3", "1.25"},
		{"watermelon", "10", "0.5"},
	}))
	// Building a long string incrementally.
	var long strings.Builder
	for i := 0; i < 1000; i++ {
		long.WriteString("ab")
	}
	s := long.String()
	fmt.Println(len(s), s[:6], s[len(s)-4:])
}

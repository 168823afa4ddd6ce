package main

import (
	"fmt"
	"strings"
)

func wrap(text string, width int) []string {
	var lines []string
	var cur []string
	curLen := 0
	for _, w := range strings.Fields(text) {
		if curLen > 0 && curLen+1+len(w) > width {
			lines = append(lines, strings.Join(cur, " "))
			cur, curLen = nil, 0
		}
		if curLen > 0 {
			curLen++
		}
		cur = append(cur, w)
		curLen += len(w)
	}
	if len(cur) > 0 {
		lines = append(lines, strings.Join(cur, " "))
	}
	return lines
}

func justify(line string, width int) string {
	words := strings.Fields(line)
	if len(words) < 2 {
		return line
	}
	total := 0
	for _, w := range words {
		total += len(w)
	}
	gaps := len(words) - 1
	spaces := width - total
	var sb strings.Builder
	for i, w := range words {
		sb.WriteString(w)
		if i < gaps {
			n := spaces / gaps
			if i < spaces%gaps {
				n++
			}
			sb.WriteString(strings.Repeat(" ", n))
		}
	}
	return sb.String()
}

func center(s string, width int) string {
	if len(s) >= width {
		return s
	}
	left := (width - len(s)) / 2
	return strings.Repeat(" ", left) + s + strings.Repeat(" ", width-len(s)-left)
}

const lorem = `Go is an open source programming language that makes it simple to build
secure, scalable systems. It was designed at Google in 2007 to improve programming
productivity in an era of multicore, networked machines and large codebases.`

func main() {
	for _, width := range []int{30, 45} {
		lines := wrap(lorem, width)
		fmt.Println("+" + strings.Repeat("-", width) + "+")
		for i, l := range lines {
			if i < len(lines)-1 {
				l = justify(l, width)
			}
			fmt.Printf("|%-*s|\n", width, l)
		}
		fmt.Println("+" + strings.Repeat("-", width) + "+")
	}
	fmt.Printf("[%s]\n", center("title", 11))
	fmt.Printf("[%s]\n", center("even", 11))
	fmt.Println(wrap("averyveryverylongword short", 8))
}

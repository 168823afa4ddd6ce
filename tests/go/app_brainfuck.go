package main

import (
	"fmt"
	"strings"
)

func run(prog string, input string) (string, error) {
	code := []byte(prog)
	jump := make([]int, len(code))
	var stack []int
	for i, c := range code {
		switch c {
		case '[':
			stack = append(stack, i)
		case ']':
			if len(stack) == 0 {
				return "", fmt.Errorf("unmatched ] at %d", i)
			}
			j := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			jump[i], jump[j] = j, i
		}
	}
	if len(stack) > 0 {
		return "", fmt.Errorf("unmatched [ at %d", stack[0])
	}
	var tape [30000]byte
	var out strings.Builder
	ptr, in, steps := 0, 0, 0
	for pc := 0; pc < len(code); pc++ {
		steps++
		switch code[pc] {
		case '>':
			ptr++
		case '<':
			ptr--
		case '+':
			tape[ptr]++
		case '-':
			tape[ptr]--
		case '.':
			out.WriteByte(tape[ptr])
		case ',':
			if in < len(input) {
				tape[ptr] = input[in]
				in++
			} else {
				tape[ptr] = 0
			}
		case '[':
			if tape[ptr] == 0 {
				pc = jump[pc]
			}
		case ']':
			if tape[ptr] != 0 {
				pc = jump[pc]
			}
		}
	}
	return fmt.Sprintf("%s (%d steps)", out.String(), steps), nil
}

func main() {
	hello := "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++."
	fmt.Println(run(hello, ""))
	// Echo input reversed: read until 0, then print backwards.
	rev := ">,[>,]<[.<]"
	fmt.Println(run(rev, "stressed"))
	// Wrap-around of cells: 0 - 1 = 255, printed as a count via loop.
	fmt.Println(run("-[>+<-]>[>+<-]", ""))
	fmt.Println(run("[[]", ""))
	fmt.Println(run("]", ""))
}

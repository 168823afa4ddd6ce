package main

import "fmt"

type ParseError struct {
	Line int
	Text string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: cannot parse %q", e.Line, e.Text) }

func parse(lines []string) {
	for i, l := range lines {
		if l == "" {
			panic(&ParseError{i + 1, l})
		}
		fmt.Println("parsed", l)
	}
}

func main() {
	defer fmt.Println("main deferred")
	parse([]string{"a", "b", "", "d"})
}

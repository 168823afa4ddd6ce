package main

import (
	"fmt"
	"os"
	"strings"
)

type T struct{ A int }

func main() {
	fmt.Println(1, "a", "b", 2, 3, nil, 'x', 1.0, true, T{1})
	fmt.Print(1, "a", "b", 2, 3, nil, 'x', 1.0, "\n")
	fmt.Print(1, 2, "\n")
	fmt.Print("a", "b", "\n")
	fmt.Print(T{1}, T{2}, "\n")
	fmt.Print()
	fmt.Println()
	n, err := fmt.Println("hello", "world")
	fmt.Println(n, err)
	n, err = fmt.Printf("%s=%d\n", "x", 10)
	fmt.Println(n, err)
	s := fmt.Sprint("x", 1, 2, "y", 3.5, "z")
	fmt.Println(s, len(s))
	s = fmt.Sprintln("x", 1, 2)
	fmt.Printf("%q\n", s)
	fmt.Fprintln(os.Stdout, "to stdout", 1)
	fmt.Fprintf(os.Stdout, "%d-%d\n", 1, 2)
	fmt.Fprint(os.Stdout, "fprint", 3, 4, "\n")
	fmt.Fprintln(os.Stderr, "to stderr")
	var sb strings.Builder
	fmt.Fprintf(&sb, "%d+%d=%d", 2, 3, 5)
	fmt.Fprint(&sb, "!")
	fmt.Println(sb.String(), sb.Len())
	b := fmt.Appendf(nil, "%03d", 7)
	b = fmt.Append(b, " x", 1)
	b = fmt.Appendln(b, "end")
	fmt.Printf("%q\n", b)
	os.Stdout.WriteString("direct write\n")
	os.Stdout.Write([]byte("bytes write\n"))
}

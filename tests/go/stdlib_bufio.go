package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %d\n", 1)
	w.WriteString("line two\n")
	w.WriteByte('x')
	w.WriteRune('☺')
	w.WriteString("\n")
	fmt.Println("before flush:", w.Buffered(), w.Available(), w.Size())
	w.Flush()
	fmt.Println("after flush:", w.Buffered())

	sc := bufio.NewScanner(strings.NewReader("alpha beta\ngamma\n\ndelta"))
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d %q\n", n, sc.Text())
	}
	fmt.Println(sc.Err())

	ws := bufio.NewScanner(strings.NewReader("  one two\tthree\n four  "))
	ws.Split(bufio.ScanWords)
	var words []string
	for ws.Scan() {
		words = append(words, ws.Text())
	}
	fmt.Println(words, len(words))

	rs := bufio.NewScanner(strings.NewReader("hé☺"))
	rs.Split(bufio.ScanRunes)
	for rs.Scan() {
		fmt.Print(rs.Text(), "|")
	}
	fmt.Println()

	r := bufio.NewReader(strings.NewReader("first line\nsecond line\nrest"))
	s, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)
	p, err := r.Peek(6)
	fmt.Printf("%q %v\n", p, err)
	c, _ := r.ReadByte()
	ru, size, _ := r.ReadRune()
	fmt.Println(string(c), string(ru), size)
	line, prefix, err := r.ReadLine()
	fmt.Printf("%q %v %v\n", line, prefix, err)
	s, err = r.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)

	big := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100) + "\n"))
	big.Buffer(make([]byte, 10), 20)
	for big.Scan() {
		fmt.Println(big.Text())
	}
	fmt.Println(big.Err())
}

package main

import (
	"fmt"
	"strings"
)

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}

type Buffer struct{ data []string }

func (b *Buffer) Write(s string) { b.data = append(b.data, s) }
func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}

// Embedding an interface in a struct: override one method, delegate the rest.
type UpperWriter struct {
	ReadWriter
}

func (u UpperWriter) Write(s string) { u.ReadWriter.Write(strings.ToUpper(s)) }

type Counter struct {
	Writer
	n int
}

func (c *Counter) Write(s string) {
	c.n++
	c.Writer.Write(s)
}

func main() {
	b := &Buffer{}
	var rw ReadWriter = b
	rw.Write("hello")
	u := UpperWriter{rw}
	u.Write("world")
	var w Writer = u
	w.Write("again")
	fmt.Println(u.Read(), rw.Read(), b.Read(), b.Read() == "")
	c := &Counter{Writer: b}
	c.Write("x")
	c.Write("y")
	fmt.Println(c.n, b.data)
	var r Reader = rw
	if _, ok := r.(Writer); ok {
		fmt.Println("reader is also a writer")
	}
	if _, ok := r.(ReadWriter); ok {
		fmt.Println("reader is a ReadWriter")
	}
	fmt.Printf("%T %T\n", r, u)
}

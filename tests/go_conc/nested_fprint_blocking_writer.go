// fmt.Fprintln to a user io.Writer whose Write sends on an unbuffered channel to a reader
// goroutine, also from inside a String method (a nested Fprint) and with Stringer operands
// that block.
package main

import (
	"fmt"
	"strings"
)

type chanWriter struct {
	ch chan string
}

func (w *chanWriter) Write(p []byte) (int, error) {
	w.ch <- string(p)
	return len(p), nil
}

type logged struct {
	w    *chanWriter
	name string
}

func (l logged) String() string {
	fmt.Fprintf(l.w, "[String of %s]\n", l.name)
	return strings.ToUpper(l.name)
}

func main() {
	w := &chanWriter{ch: make(chan string)}
	done := make(chan []string)
	go func() {
		var got []string
		for s := range w.ch {
			got = append(got, s)
		}
		done <- got
	}()
	fmt.Fprintln(w, "hello", 42)
	fmt.Fprintf(w, "%s and %v\n", logged{w, "x"}, logged{w, "y"})
	fmt.Fprint(w, logged{w, "z"}, "\n")
	close(w.ch)
	for _, s := range <-done {
		fmt.Print(s)
	}
}

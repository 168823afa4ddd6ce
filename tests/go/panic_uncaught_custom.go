package main

import (
	"fmt"
	"os"
)

type state struct{ step int }

func (s *state) advance() {
	s.step++
	if s.step == 3 {
		panic(fmt.Sprintf("bad step %d", s.step))
	}
}

func main() {
	defer fmt.Println("deferred print runs before the crash")
	s := &state{}
	for i := 0; i < 5; i++ {
		fmt.Println("step", i)
		fmt.Fprintln(os.Stderr, "progress", i)
		s.advance()
	}
}

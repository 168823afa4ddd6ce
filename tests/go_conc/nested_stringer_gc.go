// Results of String methods that fmt already called stay alive while a later String method in
// the same fmt call is parked and other goroutines allocate enough to collect many times.
package main

import (
	"fmt"
	"strings"
)

type fresh struct{ n int }

func (f fresh) String() string {
	return strings.Repeat(fmt.Sprint(f.n), 3) // a new string each call
}

type gate struct{ ch chan []string }

func (g gate) String() string {
	parts := <-g.ch
	return strings.Join(parts, "+")
}

func churn(rounds int) int {
	total := 0
	for i := 0; i < rounds; i++ {
		buf := make([]string, 0, 64)
		for j := 0; j < 64; j++ {
			buf = append(buf, strings.Repeat("x", j+1))
		}
		total += len(buf[63])
	}
	return total
}

func main() {
	g := gate{make(chan []string)}
	go func() {
		n := churn(5000)
		g.ch <- []string{"after", fmt.Sprint(n)}
		n = churn(5000)
		g.ch <- []string{"again", fmt.Sprint(n)}
	}()
	fmt.Println(fresh{1}, fresh{22}, g, fresh{333})
	s := fmt.Sprintf("%v %s %v", []fresh{{4}, {5}}, g, map[string]fresh{"k": {6}})
	fmt.Println(s)
}

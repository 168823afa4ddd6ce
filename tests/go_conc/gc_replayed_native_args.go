// A String method called by fmt.Println yields (a long loop) and parks (a channel receive)
// while other goroutines allocate and the collector runs: fmt's arguments, referenced only by
// the caller's call window, must survive until fmt runs again with the method's result.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type slow struct {
	name string
	wait chan string
}

func (s *slow) String() string {
	t := 0
	for i := 0; i < 300000; i++ {
		t += i % 7
	}
	got := <-s.wait
	return fmt.Sprintf("%s/%s/%d", s.name, got, t%5)
}

type payload struct {
	words []string
	n     int
}

func mkPayload(k int) *payload {
	p := &payload{n: k}
	for i := 0; i < k; i++ {
		p.words = append(p.words, strings.Repeat("x", i%5+1))
	}
	return p
}

func (p *payload) String() string {
	return fmt.Sprint(p.n, len(strings.Join(p.words, "")))
}

func churn(stop chan bool, wg *sync.WaitGroup) {
	defer wg.Done()
	keep := 0
	for {
		select {
		case <-stop:
			return
		default:
		}
		s := make([]int, 64)
		s[1] = len(s)
		keep += s[1]
	}
}

func main() {
	stop := make(chan bool)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go churn(stop, &wg)
	}
	for r := 0; r < 5; r++ {
		s := &slow{name: fmt.Sprint("s", r), wait: make(chan string)}
		go func(c chan string, r int) {
			big := make([][]int, 0)
			for i := 0; i < 2000; i++ {
				big = append(big, make([]int, 32))
			}
			c <- fmt.Sprint("v", r, len(big))
		}(s.wait, r)
		fmt.Println(mkPayload(100+r), s, mkPayload(200+r), []string{"a", fmt.Sprint(r)})
	}
	close(stop)
	wg.Wait()
}

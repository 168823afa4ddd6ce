package main

import (
	"fmt"
	"strings"
	"sync"
)

func producer(name string, n int) <-chan string {
	out := make(chan string, n)
	go func() {
		defer close(out)
		for i := 0; i < n; i++ {
			out <- fmt.Sprintf("%s%d", name, i)
		}
	}()
	return out
}

func merge(chs ...<-chan string) <-chan string {
	out := make(chan string)
	var wg sync.WaitGroup
	for _, c := range chs {
		wg.Add(1)
		go func(c <-chan string) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	counts := map[byte]int{}
	var items []string
	for v := range merge(producer("a", 5), producer("b", 3), producer("c", 4)) {
		counts[v[0]]++
		items = append(items, v)
	}
	fmt.Println(len(items), counts)
	// Per-producer order is preserved even though the interleaving is not.
	for _, p := range []string{"a", "b", "c"} {
		var mine []string
		for _, it := range items {
			if strings.HasPrefix(it, p) {
				mine = append(mine, it)
			}
		}
		fmt.Println(mine)
	}
}

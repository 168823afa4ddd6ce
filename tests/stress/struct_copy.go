package main

import "fmt"

// RACY ON PURPOSE. One goroutine rewrites the fields of a struct (string, slice, int, map)
// while others copy the whole struct and use the copies' fields.

type record struct {
	name  string
	tags  []string
	count int
	attrs map[string]int
}

func main() {
	shared := record{name: "start", tags: []string{"a"}, attrs: map[string]int{"k": 0}}
	stop := make(chan bool)
	done := make(chan int)
	go func() {
		for i := 0; ; i++ {
			select {
			case <-stop:
				done <- 0
				return
			default:
			}
			if i%2 == 0 {
				shared.name = "even-name"
				shared.tags = []string{"x", "y", "z"}
			} else {
				shared.name = "odd"
				shared.tags = nil
			}
			shared.count = i
			shared.attrs = map[string]int{"k": i}
		}
	}()
	for r := 0; r < 3; r++ {
		go func() {
			total := 0
			for i := 0; i < 20000; i++ {
				c := shared
				total += len(c.name) + len(c.tags) + c.attrs["k"]%2
				for _, t := range c.tags {
					total += len(t)
				}
			}
			done <- total
		}()
	}
	sum := 0
	for r := 0; r < 3; r++ {
		sum += <-done
	}
	close(stop)
	<-done
	fmt.Println("readers finished:", sum >= 0)
}

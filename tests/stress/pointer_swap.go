package main

import "fmt"

// RACY ON PURPOSE. A shared pointer and a shared slice header are replaced while other
// goroutines dereference and index them.

type node struct {
	value int
	next  *node
	items []int
}

var head = &node{value: 1, items: []int{1}}

func main() {
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
			n := &node{value: i, next: head, items: make([]int, i%50+1)}
			if i%100 == 0 {
				n.next = nil
			}
			head = n
		}
	}()
	for r := 0; r < 3; r++ {
		go func() {
			sum := 0
			for i := 0; i < 20000; i++ {
				h := head
				sum += h.value % 7
				if len(h.items) > 0 {
					sum += h.items[len(h.items)-1]
				}
				if h.next != nil {
					sum += len(h.next.items)
				}
			}
			done <- sum
		}()
	}
	for r := 0; r < 3; r++ {
		<-done
	}
	close(stop)
	<-done
	fmt.Println("readers done")
}

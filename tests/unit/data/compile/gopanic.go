package main

import "fmt"

type T struct{ a []int }

func (t *T) get(i int) int { return t.a[i] }

func worker(t *T, done chan bool) {
	fmt.Println(t.get(5))
	done <- true
}

func main() {
	done := make(chan bool)
	go worker(&T{a: []int{1, 2, 3}}, done)
	<-done
}

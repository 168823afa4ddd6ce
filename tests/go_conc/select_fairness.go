package main

import "fmt"

// select picks uniformly among ready cases: with two channels always ready, each is chosen
// about half the time. Only whether the counts lie within generous bounds is printed.

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	const rounds = 20000
	countA, countB := 0, 0
	for i := 0; i < rounds; i++ {
		a <- 1
		b <- 2
		select {
		case <-a:
			countA++
			<-b
		case <-b:
			countB++
			<-a
		}
	}
	fmt.Println("total", countA+countB)
	fmt.Println("a within 40-60%:", countA > rounds*4/10 && countA < rounds*6/10)
	fmt.Println("b within 40-60%:", countB > rounds*4/10 && countB < rounds*6/10)

	// Three ready cases and a default: default is never taken while a case is ready.
	c := make(chan int, 1)
	counts := [4]int{}
	for i := 0; i < 3000; i++ {
		for len(a) == 0 {
			a <- 1
		}
		for len(b) == 0 {
			b <- 1
		}
		for len(c) == 0 {
			c <- 1
		}
		select {
		case <-a:
			counts[0]++
		case <-b:
			counts[1]++
		case <-c:
			counts[2]++
		default:
			counts[3]++
		}
	}
	fmt.Println("default taken:", counts[3])
	for i := 0; i < 3; i++ {
		fmt.Println("case", i, "within 25-42%:", counts[i] > 750 && counts[i] < 1260)
	}
}

package main

import "fmt"

// RACY ON PURPOSE. Goroutines append to one shared slice: appends get lost and elements get
// overwritten, but every element read back must still be a value some goroutine wrote.

func main() {
	var shared []int
	done := make(chan bool)
	for g := 1; g <= 4; g++ {
		go func(g int) {
			for i := 0; i < 3000; i++ {
				shared = append(shared, g*100000+i)
			}
			done <- true
		}(g)
	}
	for g := 0; g < 4; g++ {
		<-done
	}
	bad := 0
	for _, v := range shared {
		g, i := v/100000, v%100000
		if g < 1 || g > 4 || i >= 3000 {
			bad++
		}
	}
	fmt.Println("length at most 12000:", len(shared) <= 12000, "foreign values:", bad)
}

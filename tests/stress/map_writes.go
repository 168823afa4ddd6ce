package main

import "fmt"

// RACY ON PURPOSE. Four goroutines write one map without a lock. Go's own check usually ends
// the program with `fatal error: concurrent map writes` (status 2); Weft may do the same or
// finish with some size. It must never crash, hang or corrupt itself.

func main() {
	m := map[int]int{}
	done := make(chan bool)
	for g := 0; g < 4; g++ {
		go func(g int) {
			for i := 0; i < 2000; i++ {
				m[(i*7+g)%1500] = i
				if i%3 == 0 {
					delete(m, (i+g)%1500)
				}
			}
			done <- true
		}(g)
	}
	for g := 0; g < 4; g++ {
		<-done
	}
	fmt.Println("map size", len(m))
}

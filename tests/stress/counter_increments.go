package main

import "fmt"

// RACY ON PURPOSE. counter++ from eight goroutines without a lock: increments get lost, so
// the result is at most 80000.

var counter int

func main() {
	done := make(chan bool)
	for g := 0; g < 8; g++ {
		go func() {
			for i := 0; i < 10000; i++ {
				counter++
			}
			done <- true
		}()
	}
	for g := 0; g < 8; g++ {
		<-done
	}
	fmt.Println("counter at most 80000:", counter <= 80000, "positive:", counter > 0)
}

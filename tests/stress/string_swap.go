package main

import "fmt"

// RACY ON PURPOSE. A shared string variable is reassigned between a short and a long value
// while other goroutines index, slice and concatenate it.

var text = "short"

func main() {
	long := "a considerably longer string value, to make torn reads visible"
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
				text = long
			} else {
				text = "short"
			}
		}
	}()
	for r := 0; r < 3; r++ {
		go func() {
			n := 0
			for i := 0; i < 20000; i++ {
				s := text
				if len(s) > 0 {
					n += int(s[len(s)-1]) % 3
				}
				n += len(s[:len(s)/2] + "!")
			}
			done <- n
		}()
	}
	total := 0
	for r := 0; r < 3; r++ {
		total += <-done
	}
	close(stop)
	<-done
	fmt.Println("readers done:", total > 0)
}

package main

import "fmt"

func bump(n *int) {
	*n = *n + 1
}

func main() {
	total := 0
	done := make(chan bool, 2)
	for i := 0; i < 2; i++ {
		go func() {
			bump(&total)
			done <- true
		}()
	}
	<-done
	<-done
	fmt.Println(total)
}

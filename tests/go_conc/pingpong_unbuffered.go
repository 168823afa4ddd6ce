package main

import "fmt"

func player(name string, in <-chan int, out chan<- int, done chan<- string) {
	for {
		ball, ok := <-in
		if !ok {
			done <- name + " saw the table close"
			return
		}
		fmt.Println(name, "hits", ball)
		if ball == 6 {
			close(out)
			done <- name + " ends the game"
			return
		}
		out <- ball + 1
	}
}

func main() {
	ping, pong := make(chan int), make(chan int)
	done := make(chan string)
	go player("ping", ping, pong, done)
	go player("pong", pong, ping, done)
	ping <- 1
	a, b := <-done, <-done
	if a > b {
		a, b = b, a
	}
	fmt.Println(a)
	fmt.Println(b)
}

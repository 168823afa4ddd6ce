package main

import "fmt"

func shutdown(ch chan struct{}) {
	close(ch)
}

func main() {
	stop := make(chan struct{})
	shutdown(stop)
	fmt.Println("closed once")
	shutdown(stop)
}

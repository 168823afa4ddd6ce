package main

import "fmt"

var data [4]int
var shared int

func main() {
	// unbuffered handoff
	done := make(chan bool)
	go func() {
		shared = 1
		done <- true
	}()
	<-done
	shared++
	// buffered channel as a semaphore and results
	results := make(chan int, 4)
	for i := 0; i < 4; i++ {
		i := i
		go func() {
			data[i] = i * i
			results <- i
		}()
	}
	sum := 0
	for i := 0; i < 4; i++ {
		<-results
	}
	for _, v := range data {
		sum += v
	}
	// close as a broadcast
	start := make(chan struct{})
	fin := make(chan int)
	x := 0
	for i := 0; i < 3; i++ {
		go func() {
			<-start
			fin <- x
		}()
	}
	x = 42
	close(start)
	for i := 0; i < 3; i++ {
		sum += <-fin
	}
	m := map[int]int{}
	mdone := make(chan bool)
	go func() {
		m[1] = 1
		mdone <- true
	}()
	<-mdone
	m[2] = 2
	fmt.Println(shared, sum, len(m))
}

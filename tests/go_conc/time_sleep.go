package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("slept at least 20ms:", time.Since(start) >= 20*time.Millisecond)

	// Zero and negative durations return at once.
	start = time.Now()
	time.Sleep(0)
	time.Sleep(-time.Second)
	fmt.Println("no wait:", time.Since(start) < 10*time.Millisecond)

	// Sleepers wake in the order of their deadlines.
	order := make(chan int, 4)
	for _, i := range []int{3, 1, 0, 2} {
		go func(i int) {
			time.Sleep(time.Duration(i) * 60 * time.Millisecond)
			order <- i
		}(i)
	}
	for k := 0; k < 4; k++ {
		fmt.Print(<-order, " ")
	}
	fmt.Println()

	// Sleeping goroutines are not deadlocked: main waits on a channel that a sleeper fills.
	done := make(chan string)
	go func() {
		time.Sleep(30 * time.Millisecond)
		done <- "woke up"
	}()
	fmt.Println(<-done)

	// Many goroutines sleeping at once.
	results := make(chan int, 100)
	for i := 0; i < 100; i++ {
		go func(i int) {
			time.Sleep(10 * time.Millisecond)
			results <- i
		}(i)
	}
	sum := 0
	for i := 0; i < 100; i++ {
		sum += <-results
	}
	fmt.Println(sum)
}

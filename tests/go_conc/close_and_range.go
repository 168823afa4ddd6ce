package main

import "fmt"

func main() {
	ch := make(chan string, 3)
	ch <- "a"
	ch <- "b"
	close(ch)
	for s := range ch {
		fmt.Println("got", s)
	}
	v, ok := <-ch
	fmt.Printf("%q %v\n", v, ok)
	nums := make(chan int)
	go func() {
		defer close(nums)
		for i := 0; i < 5; i++ {
			nums <- i * 10
		}
	}()
	total := 0
	for {
		n, ok := <-nums
		if !ok {
			break
		}
		total += n
	}
	fmt.Println("total", total)
	for _, f := range []func(){
		func() { close(ch) },
		func() { ch <- "x" },
		func() {
			var c chan int
			close(c)
		},
	} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			f()
		}()
	}
}

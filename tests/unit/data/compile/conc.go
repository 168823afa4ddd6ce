package main

import "fmt"

func producer(n int, ch chan<- int) {
	for i := 0; i < n; i++ {
		ch <- i
	}
	close(ch)
}

type result struct {
	id, sq int
}

func main() {
	ch := make(chan int)
	go producer(5, ch)
	sum := 0
	for v := range ch {
		sum += v
	}
	fmt.Println("sum", sum)

	buf := make(chan string, 3)
	buf <- "a"
	buf <- "b"
	fmt.Println(len(buf), cap(buf))
	close(buf)
	for s := range buf {
		fmt.Print(s)
	}
	v, ok := <-buf
	fmt.Printf(" %q %v\n", v, ok)

	results := make(chan result)
	done := make(chan bool)
	for i := 0; i < 4; i++ {
		go func(i int) {
			results <- result{i, i * i}
		}(i)
	}
	go func() {
		total := 0
		for i := 0; i < 4; i++ {
			r := <-results
			total += r.sq
		}
		fmt.Println("total", total)
		done <- true
	}()
	<-done

	a := make(chan int)
	b := make(chan int)
	quit := make(chan struct{})
	go func() {
		for i := 0; i < 3; i++ {
			a <- i
		}
		for i := 0; i < 2; i++ {
			b <- i * 10
		}
		close(quit)
	}()
	count := 0
loop:
	for {
		select {
		case x := <-a:
			count += x
		case y, ok := <-b:
			if ok {
				count += y
			}
		case <-quit:
			break loop
		}
	}
	fmt.Println("count", count)

	sel := make(chan int, 1)
	select {
	case v := <-sel:
		fmt.Println("got", v)
	default:
		fmt.Println("empty")
	}
	sel <- 1
	select {
	case sel <- 2:
		fmt.Println("sent")
	default:
		fmt.Println("full")
	}
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	close(sel)
	close(sel)
}

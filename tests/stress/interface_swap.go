package main

import "fmt"

// RACY ON PURPOSE. One goroutine keeps assigning values of two different types to a shared
// interface variable while others call its method and type-switch on it. In Weft a read
// must see one whole value or the other, never one type's method with the other's data.

type Shape interface{ Area() int }

type square struct{ side int }
type rect struct{ w, h int }

func (s square) Area() int { return s.side * s.side }
func (r *rect) Area() int  { return r.w * r.h }

var current Shape = square{3}

func main() {
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
				current = &rect{2, 5}
			} else {
				current = square{3}
			}
		}
	}()
	for r := 0; r < 3; r++ {
		go func() {
			odd := 0
			for i := 0; i < 20000; i++ {
				s := current
				a := s.Area()
				switch v := s.(type) {
				case square:
					if v.side != 3 {
						odd++
					}
				case *rect:
					if v.w != 2 {
						odd++
					}
				}
				if a != 9 && a != 10 {
					odd++
				}
			}
			done <- odd
		}()
	}
	odd := 0
	for r := 0; r < 3; r++ {
		odd += <-done
	}
	close(stop)
	<-done
	fmt.Println("inconsistent reads:", odd)
}

package main

import "fmt"

// Merging two channels in one select loop: a closed input is set to nil so its case is never
// ready again; the loop ends when both are nil.

func produce(prefix string, n int) <-chan string {
	ch := make(chan string)
	go func() {
		defer close(ch)
		for i := 0; i < n; i++ {
			ch <- fmt.Sprint(prefix, i)
		}
	}()
	return ch
}

func main() {
	a, b := produce("a", 4), produce("b", 6)
	countA, countB := 0, 0
	lastA, lastB := "", ""
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			countA++
			lastA = v
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			countB++
			lastB = v
		}
	}
	fmt.Println(countA, lastA, countB, lastB)

	// A nil channel in a select with default: never ready, default runs.
	var never chan int
	select {
	case v := <-never:
		fmt.Println("impossible", v)
	case never <- 1:
		fmt.Println("impossible send")
	default:
		fmt.Println("nil channels are never ready")
	}
}

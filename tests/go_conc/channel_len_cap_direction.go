package main

import "fmt"

// len and cap of channels, and directional channel types: a bidirectional channel converts
// implicitly to send-only and receive-only views of the same channel.

func fill(dst chan<- string, words ...string) {
	for _, w := range words {
		dst <- w
	}
}

func drain(src <-chan string) []string {
	var out []string
	for len(src) > 0 {
		out = append(out, <-src)
	}
	return out
}

func main() {
	ch := make(chan string, 4)
	fmt.Println(len(ch), cap(ch))
	fill(ch, "a", "b", "c")
	fmt.Println(len(ch), cap(ch))
	var ro <-chan string = ch
	var wo chan<- string = ch
	wo <- "d"
	fmt.Println(len(ro), cap(wo))
	fmt.Println(drain(ch))
	var unbuffered chan int
	fmt.Println(len(unbuffered), cap(unbuffered), unbuffered == nil)
	u := make(chan int)
	fmt.Println(len(u), cap(u))
	fmt.Printf("%T %T %T\n", ch, ro, wo)
}

// Panics in String methods that parked first: fmt recovers them as Go's catchPanic does
// (%!v(PANIC=String method: ...)), a method recovering its own panic returns normally, and
// runtime errors print their message.
package main

import (
	"errors"
	"fmt"
)

type boom struct{ ch chan int }

func (b boom) String() string {
	if b.ch != nil {
		<-b.ch
	}
	var m map[string]int
	m["x"] = 1
	return "unreachable"
}

type selfish struct{ ch chan int }

func (s selfish) String() (out string) {
	defer func() {
		if r := recover(); r != nil {
			out = fmt.Sprint("recovered: ", r)
		}
	}()
	<-s.ch
	panic("inside")
}

type failing struct{ ch chan int }

func (f failing) Error() string {
	<-f.ch
	panic(errors.New("error method failed"))
}

func try(b boom) {
	defer func() { fmt.Println("caller recovered:", recover()) }()
	fmt.Println("printed", b, "and more")
}

func main() {
	ch := make(chan int)
	go func() {
		for {
			ch <- 1
		}
	}()
	try(boom{})
	try(boom{ch})
	fmt.Println(selfish{ch}, selfish{ch})
	fmt.Printf("%v|%s|%d\n", failing{ch}, failing{ch}, 7)
	fmt.Println("end")
}

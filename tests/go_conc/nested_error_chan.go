// An Error method that receives from a channel, called by fmt (Println, Errorf with %w and
// %v) before the value is sent.
package main

import (
	"errors"
	"fmt"
)

type lateError struct {
	msgs chan string
}

func (e *lateError) Error() string {
	return "late: " + <-e.msgs
}

func main() {
	e := &lateError{msgs: make(chan string)}
	go func() {
		for _, m := range []string{"one", "two", "three", "four"} {
			e.msgs <- m
		}
	}()
	fmt.Println("got", e)
	wrapped := fmt.Errorf("wrapped: %w", e)
	fmt.Println(errors.Is(wrapped, e))
	fmt.Println(wrapped.Error())
	var err error = e
	fmt.Printf("%v / %s\n", err, err)
}

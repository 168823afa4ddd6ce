package main

import (
	"errors"
	"fmt"
)

type E struct{ c int }

func (e E) Error() string { return fmt.Sprint("E", e.c) }

type MyInt int

func main() {
	defer func() {
		r := recover()
		fmt.Println(r)
		defer func() {
			r := recover()
			fmt.Println(r)
			defer func() { fmt.Println(recover()); panic(MyInt(7)) }()
			panic(E{3})
		}()
		panic(errors.New("boom"))
	}()
	panic(42)
}

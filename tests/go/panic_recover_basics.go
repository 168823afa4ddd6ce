package main

import (
	"errors"
	"fmt"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func panicWith(v interface{}) (got interface{}) {
	defer func() { got = recover() }()
	panic(v)
}

type custom struct{ code int }

func noPanic() (r interface{}) {
	defer func() { r = recover() }()
	return "untouched"
}

func recoverOnlyInDefer() {
	fmt.Println("direct recover:", recover())
}

func nestedRecover() {
	defer func() {
		r := recover()
		fmt.Println("outer recovered:", r)
	}()
	func() {
		defer func() {
			r := recover()
			fmt.Println("inner recovered:", r)
			panic(fmt.Sprint("re-panic of ", r))
		}()
		panic("first")
	}()
}

func main() {
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(panicWith("a string"))
	fmt.Println(panicWith(42))
	fmt.Println(panicWith(custom{7}))
	fmt.Println(panicWith(errors.New("an error")))
	v := panicWith([]int{1, 2})
	fmt.Printf("%T %v\n", v, v)
	fmt.Println(noPanic())
	recoverOnlyInDefer()
	nestedRecover()
	// Execution continues after the recovered function returns.
	fmt.Println("still running")
}

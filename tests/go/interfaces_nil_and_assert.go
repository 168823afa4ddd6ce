package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ msg string }

func (e *MyErr) Error() string { return e.msg }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p // non-nil interface even when p is nil!
}

func correct(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

type Speaker interface{ Speak() string }
type Dog struct{}

func (Dog) Speak() string { return "woof" }

func main() {
	fmt.Println(mayFail(false) == nil, correct(false) == nil)
	fmt.Println(mayFail(true), correct(true))
	var x interface{} = 42
	n, ok := x.(int)
	fmt.Println(n, ok)
	s, ok := x.(string)
	fmt.Printf("%q %v\n", s, ok)
	f, ok := x.(float64)
	fmt.Println(f, ok)
	var sp interface{} = Dog{}
	if spk, ok := sp.(Speaker); ok {
		fmt.Println(spk.Speak())
	}
	_, ok = x.(Speaker)
	fmt.Println(ok)
	var nothing interface{}
	_, ok = nothing.(int)
	fmt.Println(ok)
	err := correct(true)
	var me *MyErr
	fmt.Println(errors.As(err, &me), me.msg)
	// Interface holding pointer vs value.
	var i1 interface{} = Dog{}
	var i2 interface{} = &Dog{}
	_, isVal := i1.(Dog)
	_, isPtr := i2.(*Dog)
	_, ptrAsVal := i2.(Dog)
	fmt.Println(isVal, isPtr, ptrAsVal)
}

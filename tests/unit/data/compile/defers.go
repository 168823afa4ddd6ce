package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func named() (r int, err error) {
	defer func() {
		if x := recover(); x != nil {
			r = -1
			err = fmt.Errorf("recovered: %v", x)
		}
	}()
	var a []int
	return a[3], nil
}

func order() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("defer", i)
	}
}

func nested() (s string) {
	defer func() {
		s += " outer"
	}()
	defer func() {
		defer func() {
			s += " inner-recovered:" + fmt.Sprint(recover())
		}()
		panic("second")
	}()
	s = "start"
	return s
}

func helper() any { return recover() }

func notDirect() (res string) {
	defer func() {
		r := recover()
		res = fmt.Sprint("direct ", r)
	}()
	defer func() {
		res = fmt.Sprint(helper())
	}()
	panic("p")
}

func errs() error {
	return &MyErr{42}
}

func main() {
	fmt.Println(named())
	order()
	fmt.Println(nested())
	fmt.Println(notDirect())
	var e *MyErr
	err := errs()
	fmt.Println(errors.As(err, &e), e.Code)
	func() {
		defer func() {
			r := recover()
			fmt.Println("got", r)
			err, ok := r.(error)
			fmt.Println(ok, err)
		}()
		var m map[int]int
		m[1] = 2
	}()
	func() {
		defer func() {
			fmt.Println(recover())
		}()
		var i interface{} = "str"
		_ = i.(int)
	}()
	func() {
		defer func() {
			fmt.Println(recover())
		}()
		var s fmt.Stringer
		_ = s.(interface{ Foo() })
	}()
	x := 10
	defer fmt.Println("deferred x =", x)
	x = 20
}

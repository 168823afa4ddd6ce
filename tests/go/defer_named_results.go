package main

import (
	"errors"
	"fmt"
)

func double() (result int) {
	defer func() { result *= 2 }()
	return 21
}

func countUp() (n int) {
	for i := 0; i < 3; i++ {
		defer func() { n++ }()
	}
	return 10
}

func unnamed() int {
	x := 5
	defer func() { x = 100 }()
	return x // the result is copied before defers run
}

func wrapErr(fail bool) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("wrapped: %w", err)
		}
	}()
	if fail {
		return errors.New("inner")
	}
	return nil
}

func shadow() (x int) {
	defer func() { x += 1 }()
	x = 5
	{
		x := 50
		_ = x
	}
	return
}

func multi() (a, b string) {
	defer func() { a, b = b, a }()
	return "first", "second"
}

func main() {
	fmt.Println(double(), countUp(), unnamed())
	fmt.Println(wrapErr(true), wrapErr(false))
	err := wrapErr(true)
	fmt.Println(errors.Unwrap(err))
	fmt.Println(shadow())
	fmt.Println(multi())
}

package main

import (
	"errors"
	"fmt"
	"strconv"
)

var (
	ErrRange  = errors.New("out of range")
	ErrFormat = errors.New("bad format")
)

type FieldError struct {
	Field string
	Err   error
}

func (e FieldError) Error() string { return e.Field + ": " + e.Err.Error() }
func (e FieldError) Unwrap() error { return e.Err }

func parseAge(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, FieldError{"age", fmt.Errorf("%w: %v", ErrFormat, err)}
	}
	if n < 0 || n > 150 {
		return 0, FieldError{"age", fmt.Errorf("%d is %w", n, ErrRange)}
	}
	return n, nil
}

func main() {
	for _, in := range []string{"42", "-1", "abc", "200"} {
		n, err := parseAge(in)
		var fe FieldError
		fmt.Printf("%-4s n=%d err=%v\n", in, n, err)
		if err != nil {
			fmt.Println("   range:", errors.Is(err, ErrRange), "format:", errors.Is(err, ErrFormat),
				"field:", errors.As(err, &fe) && fe.Field == "age")
			var ne *strconv.NumError
			fmt.Println("   numerror:", errors.As(err, &ne))
		}
	}
	var nilErr error
	fmt.Println(errors.Is(nilErr, ErrRange), errors.Is(nil, nil), errors.Unwrap(nil))
	e := fmt.Errorf("ctx: %w", nil)
	fmt.Println(e, errors.Unwrap(e) == nil)
}

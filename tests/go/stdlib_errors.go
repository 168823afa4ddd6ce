package main

import (
	"errors"
	"fmt"
	"io"
)

var ErrBase = errors.New("base")

type TempErr struct {
	Op  string
	Err error
}

func (e *TempErr) Error() string { return e.Op + ": " + e.Err.Error() }
func (e *TempErr) Unwrap() error { return e.Err }

type CodeErr int

func (c CodeErr) Error() string { return fmt.Sprintf("code %d", int(c)) }
func (c CodeErr) Is(target error) bool {
	t, ok := target.(CodeErr)
	return ok && (t == 0 || t == c)
}

type AsErr struct{}

func (AsErr) Error() string { return "as-err" }
func (AsErr) As(target interface{}) bool {
	if p, ok := target.(*CodeErr); ok {
		*p = 99
		return true
	}
	return false
}

func main() {
	e1 := errors.New("x")
	e2 := errors.New("x")
	fmt.Println(e1 == e2, e1.Error() == e2.Error(), errors.Is(e1, e2), errors.Is(e1, e1))

	chain := &TempErr{"read", fmt.Errorf("wrapped: %w", ErrBase)}
	fmt.Println(chain)
	fmt.Println(errors.Is(chain, ErrBase), errors.Is(chain, io.EOF))
	var te *TempErr
	fmt.Println(errors.As(chain, &te), te.Op)
	fmt.Println(errors.Unwrap(chain), errors.Unwrap(errors.Unwrap(chain)) == ErrBase)

	c := fmt.Errorf("ctx: %w", CodeErr(5))
	fmt.Println(errors.Is(c, CodeErr(5)), errors.Is(c, CodeErr(0)), errors.Is(c, CodeErr(6)))
	var code CodeErr
	fmt.Println(errors.As(c, &code), code)
	var code2 CodeErr
	fmt.Println(errors.As(AsErr{}, &code2), code2)

	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	var notPtr interface{} = CodeErr(1)
	errors.As(c, notPtr)
}

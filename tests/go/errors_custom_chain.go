package main

import (
	"errors"
	"fmt"
)

type OpError struct {
	Op  string
	Err error
}

func (e *OpError) Error() string { return e.Op + ": " + e.Err.Error() }
func (e *OpError) Unwrap() error { return e.Err }

type TempError interface {
	Temporary() bool
}

type timeout struct{}

func (timeout) Error() string   { return "timeout" }
func (timeout) Temporary() bool { return true }

type codeErr int

func (c codeErr) Error() string { return fmt.Sprintf("code %d", int(c)) }
func (c codeErr) Is(target error) bool {
	t, ok := target.(codeErr)
	return ok && (t == 0 || t == c)
}

func fetch(attempt int) error {
	switch attempt {
	case 0:
		return &OpError{"read", timeout{}}
	case 1:
		return &OpError{"write", &OpError{"flush", codeErr(503)}}
	}
	return nil
}

func main() {
	for i := 0; i < 3; i++ {
		err := fetch(i)
		if err == nil {
			fmt.Println(i, "success")
			continue
		}
		fmt.Println(i, err)
		var te TempError
		if errors.As(err, &te) {
			fmt.Println("  temporary:", te.Temporary())
		}
		fmt.Println("  is code 503:", errors.Is(err, codeErr(503)), "any code:", errors.Is(err, codeErr(0)), "404:", errors.Is(err, codeErr(404)))
		var op *OpError
		for errors.As(err, &op) {
			fmt.Println("  op:", op.Op)
			err = op.Err
		}
	}
}

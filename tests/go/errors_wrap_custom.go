package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
)

type NotFoundError struct {
	Name string
}

func (e *NotFoundError) Error() string { return "not found: " + e.Name }

type ValidationError struct {
	Field string
	Err   error
}

func (e ValidationError) Error() string { return e.Field + ": " + e.Err.Error() }
func (e ValidationError) Unwrap() error { return e.Err }

var ErrEmpty = errors.New("empty value")
var ErrTooLong = fmt.Errorf("too long (max %d)", 5)

func validate(field, v string) error {
	if v == "" {
		return ValidationError{field, ErrEmpty}
	}
	if len(v) > 5 {
		return ValidationError{field, ErrTooLong}
	}
	return nil
}

func find(name string) error {
	if name != "bob" {
		return fmt.Errorf("lookup %q: %w", name, &NotFoundError{name})
	}
	return nil
}

func main() {
	for _, v := range []string{"", "abcdefg", "ok"} {
		err := validate("name", v)
		fmt.Println(err, errors.Is(err, ErrEmpty), errors.Is(err, ErrTooLong))
		var ve ValidationError
		if errors.As(err, &ve) {
			fmt.Println("  field:", ve.Field)
		}
	}
	err := find("alice")
	fmt.Println(err)
	var nf *NotFoundError
	if errors.As(err, &nf) {
		fmt.Println("as:", nf.Name)
	}
	wrapped := fmt.Errorf("outer: %w", err)
	fmt.Println(wrapped)
	fmt.Println(errors.Unwrap(wrapped) == err)
	fmt.Println(errors.Unwrap(errors.Unwrap(wrapped)))
	fmt.Println(errors.Unwrap(ErrEmpty) == nil)
	fmt.Println(find("bob") == nil)

	_, err = strconv.Atoi("12a")
	fmt.Println(err)
	var numErr *strconv.NumError
	if errors.As(err, &numErr) {
		fmt.Println(numErr.Func, numErr.Num, numErr.Err, numErr.Err == strconv.ErrSyntax)
	}
	_, err = strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(err, errors.Is(err, strconv.ErrRange))
	_, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(err)
	_, err = strconv.ParseFloat("x1.5", 64)
	fmt.Println(err)
	_, err = strconv.ParseBool("maybe")
	fmt.Println(err)
	_, err = strconv.ParseUint("-1", 10, 64)
	fmt.Println(err)
	_, err = strconv.Atoi("")
	fmt.Println(err)
	v, err := strconv.ParseInt("-ff", 16, 32)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("0x1f", 0, 64)
	fmt.Println(v, err)
	u, err := strconv.ParseUint("1_000", 0, 64)
	fmt.Println(u, err)

	fmt.Println(errors.Is(fmt.Errorf("ctx: %w", io.EOF), io.EOF))
	fmt.Println(fmt.Errorf("no wrap: %v", io.EOF))
	fmt.Println(errors.Is(fmt.Errorf("no wrap: %v", io.EOF), io.EOF))
	fmt.Println(errors.Is(fmt.Errorf("w: %w", os.ErrNotExist), os.ErrNotExist))
	e1 := errors.New("x")
	e2 := errors.New("x")
	fmt.Println(e1 == e2, errors.Is(e1, e2))
	fmt.Printf("%v|%s|%q\n", e1, e1, e1)
	fmt.Printf("%+v\n", ValidationError{"f", ErrEmpty})
}

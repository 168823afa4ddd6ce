package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrNotFound = errors.New("not found")
var ErrEmpty = errors.New("empty key")

type ValidationError struct {
	Field string
	Value int
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %d", e.Field, e.Value)
}

func lookup(db map[string]int, key string) (int, error) {
	if key == "" {
		return 0, ErrEmpty
	}
	v, ok := db[key]
	if !ok {
		return 0, fmt.Errorf("lookup %q: %w", key, ErrNotFound)
	}
	if v < 0 {
		return 0, &ValidationError{"value", v}
	}
	return v, nil
}

func main() {
	db := map[string]int{"a": 1, "neg": -5}
	for _, k := range []string{"a", "b", "", "neg"} {
		v, err := lookup(db, k)
		var ve *ValidationError
		switch {
		case err == nil:
			fmt.Println("ok", v)
		case errors.Is(err, ErrNotFound):
			fmt.Println("missing:", err)
		case errors.As(err, &ve):
			fmt.Println("validation:", ve.Field, ve.Value, err)
		default:
			fmt.Println("other:", err)
		}
	}
	wrapped := fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", ErrNotFound))
	fmt.Println(wrapped)
	fmt.Println(errors.Is(wrapped, ErrNotFound), errors.Unwrap(errors.Unwrap(wrapped)) == ErrNotFound)
	fmt.Println(errors.Unwrap(ErrNotFound) == nil)
	_, err := strconv.Atoi("12x")
	fmt.Println(err)
	var numErr *strconv.NumError
	if errors.As(err, &numErr) {
		fmt.Println(numErr.Func, numErr.Num, numErr.Err, numErr.Err == strconv.ErrSyntax)
	}
	e1 := errors.New("same")
	e2 := errors.New("same")
	fmt.Println(e1 == e2, e1.Error() == e2.Error())
	fmt.Printf("%v|%s|%q\n", e1, e1, e1)
	notWrapped := fmt.Errorf("no wrap: %v", ErrNotFound)
	fmt.Println(errors.Is(notWrapped, ErrNotFound))
}

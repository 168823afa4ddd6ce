package main

import (
	"errors"
	"fmt"
	"os"
)

type NotFound struct{ Name string }

func (e *NotFound) Error() string { return e.Name + " not found" }

func find(name string) error {
	if name == "x" {
		return &NotFound{name}
	}
	return nil
}

func main() {
	// Malformed formats live in a table so that go vet does not reject them.
	cases := []struct {
		format string
		args   []interface{}
	}{
		{"%d %s", []interface{}{"str", 5}},
		{"%d %d", []interface{}{1}},
		{"%d", []interface{}{1, 2, "x", nil}},
		{"%[2]d %[1]d|%[3]d|%[0]d|%[x]d", []interface{}{1, 2}},
		{"%*d|%.*f|%*d", []interface{}{"x", 1, "y", 2.5, 1.5, 3}},
		{"%!|%z|%", []interface{}{1}},
		{"%t %s %c %e", []interface{}{1, true, "x", "y"}},
		{"%v %d", []interface{}{nil, nil}},
		{"no verbs", []interface{}{1}},
		{"%.*d", []interface{}{-1, 5}},
		{"%-*d|", []interface{}{-4, 5}},
		{"%d %x", []interface{}{3.5, []string{"a"}}},
		{"%s", []interface{}{struct{ A, b int }{1, 2}}},
		{"%w", []interface{}{errors.New("x")}},
		{"%[1]d %[1]q", []interface{}{65}},
		{"%3$d", []interface{}{1}},
		{"%-08d|%+-5d|%x", []interface{}{5, 3, -1}},
	}
	for _, c := range cases {
		fmt.Println(fmt.Sprintf(c.format, c.args...))
	}

	base := errors.New("base failure")
	wrapped := fmt.Errorf("loading config: %w", base)
	twice := fmt.Errorf("startup: %w", wrapped)
	fmt.Println(wrapped)
	fmt.Println(twice)
	fmt.Println(errors.Unwrap(twice) == wrapped, errors.Unwrap(wrapped) == base, errors.Unwrap(base) == nil)
	fmt.Println(errors.Is(twice, base), errors.Is(base, twice), errors.Is(nil, base), errors.Is(nil, nil))
	fmt.Println(fmt.Errorf("code %d: %v", 7, base), errors.Unwrap(fmt.Errorf("code %d: %v", 7, base)) == nil)
	badWrap := "bad wrap %w"
	fmt.Println(fmt.Errorf(badWrap, 42))

	err := fmt.Errorf("lookup: %w", find("x"))
	var nf *NotFound
	if errors.As(err, &nf) {
		fmt.Println("as:", nf.Name, nf)
	}
	var target interface{ Error() string }
	fmt.Println(errors.As(err, &target), target)
	fmt.Println(errors.As(base, &nf))

	_, ferr := os.ReadFile("/nonexistent/file.txt")
	fmt.Println(ferr)
	fmt.Println(errors.Is(ferr, os.ErrNotExist))
	var pe *os.PathError
	fmt.Println(errors.As(ferr, &pe), pe.Op, pe.Path)
}

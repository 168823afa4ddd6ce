// Package fmt: formatted I/O with Go's verbs and exact output. The formatting itself is
// native (stdlib/fmt/printer.cpp).
package fmt

import (
	"errors"
	"io"
	"os"
)

// Stringer is implemented by any value that has a String method, which defines the "native"
// format for that value.
type Stringer interface {
	String() string
}

// GoStringer is implemented by any value that has a GoString method, which defines the Go
// syntax for that value (used by %#v).
type GoStringer interface {
	GoString() string
}

func Sprint(a ...any) string
func Sprintln(a ...any) string
func Sprintf(format string, a ...any) string

// Print, Println and Printf write to standard output (os.Stdout's sink).
func Print(a ...any) (n int, err error)
func Println(a ...any) (n int, err error)
func Printf(format string, a ...any) (n int, err error)

func Fprint(w io.Writer, a ...any) (n int, err error) {
	return write(w, Sprint(a...))
}

func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return write(w, Sprintln(a...))
}

func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return write(w, Sprintf(format, a...))
}

func write(w io.Writer, s string) (n int, err error) {
	if f, ok := w.(*os.File); ok {
		return f.WriteString(s)
	}
	return w.Write([]byte(s))
}

func Append(b []byte, a ...any) []byte {
	return append(b, Sprint(a...)...)
}

func Appendln(b []byte, a ...any) []byte {
	return append(b, Sprintln(a...)...)
}

func Appendf(b []byte, format string, a ...any) []byte {
	return append(b, Sprintf(format, a...)...)
}

// Errorf formats according to a format specifier and returns the string as a value that
// satisfies error. With %w verbs the result wraps the corresponding error operands.
func Errorf(format string, a ...any) error {
	s, wrapped := errorf(format, a)
	switch len(wrapped) {
	case 0:
		return errors.New(s)
	case 1:
		w := &wrapError{msg: s}
		w.err, _ = a[wrapped[0]].(error)
		return w
	}
	var errs []error
	for i, argNum := range wrapped {
		if i > 0 && wrapped[i-1] == argNum {
			continue
		}
		if e, ok := a[argNum].(error); ok {
			errs = append(errs, e)
		}
	}
	return &wrapErrors{s, errs}
}

// errorf formats like Sprintf in Errorf mode and returns the sorted argument indexes of the
// %w operands.
func errorf(format string, a []any) (string, []int)

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string {
	return e.msg
}

func (e *wrapError) Unwrap() error {
	return e.err
}

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string {
	return e.msg
}

func (e *wrapErrors) Unwrap() []error {
	return e.errs
}

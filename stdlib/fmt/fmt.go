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

// ---- scanning ------------------------------------------------------------------------------

// Error categories of the scanning natives.
const (
	scanOK = iota
	scanEOF
	scanUnexpectedEOF
	scanMessage
	scanCause
)

func scanError(kind int, msg string, cause error) error {
	switch kind {
	case scanOK:
		return nil
	case scanEOF:
		return io.EOF
	case scanUnexpectedEOF:
		return io.ErrUnexpectedEOF
	case scanMessage:
		return errors.New(msg)
	}
	return cause
}

// Scan modes of the natives.
const (
	modeScan = iota
	modeScanln
	modeScanf
)

func sscan(str string, format string, mode int, a []any) (n int, kind int, msg string)
func fscan(r io.Reader, format string, mode int, a []any, eof error) (n int, kind int, msg string, cause error)

// Sscan scans the argument string, storing successive space-separated values into successive
// arguments. Newlines count as space.
func Sscan(str string, a ...any) (n int, err error) {
	n, kind, msg := sscan(str, "", modeScan, a)
	return n, scanError(kind, msg, nil)
}

// Sscanln is similar to Sscan, but stops scanning at a newline and after the final item there
// must be a newline or EOF.
func Sscanln(str string, a ...any) (n int, err error) {
	n, kind, msg := sscan(str, "", modeScanln, a)
	return n, scanError(kind, msg, nil)
}

// Sscanf scans the argument string, storing successive space-separated values into successive
// arguments as determined by the format.
func Sscanf(str string, format string, a ...any) (n int, err error) {
	n, kind, msg := sscan(str, format, modeScanf, a)
	return n, scanError(kind, msg, nil)
}

// Fscan scans text read from r, storing successive space-separated values into successive
// arguments. Newlines count as space.
func Fscan(r io.Reader, a ...any) (n int, err error) {
	n, kind, msg, cause := fscan(r, "", modeScan, a, io.EOF)
	return n, scanError(kind, msg, cause)
}

// Fscanln is similar to Fscan, but stops scanning at a newline.
func Fscanln(r io.Reader, a ...any) (n int, err error) {
	n, kind, msg, cause := fscan(r, "", modeScanln, a, io.EOF)
	return n, scanError(kind, msg, cause)
}

// Fscanf scans text read from r, storing successive space-separated values into successive
// arguments as determined by the format.
func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	n, kind, msg, cause := fscan(r, format, modeScanf, a, io.EOF)
	return n, scanError(kind, msg, cause)
}

// Scan scans text read from standard input.
func Scan(a ...any) (n int, err error) { return Fscan(os.Stdin, a...) }

// Scanln is similar to Scan, but stops scanning at a newline.
func Scanln(a ...any) (n int, err error) { return Fscanln(os.Stdin, a...) }

// Scanf scans text read from standard input according to the format.
func Scanf(format string, a ...any) (n int, err error) { return Fscanf(os.Stdin, format, a...) }

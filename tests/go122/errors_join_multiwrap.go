// Go 1.20 errors: errors.Join(errs...) returns nil when every argument is nil, otherwise an
// error whose message is the non-nil messages joined by "\n", and errors.Is/As look into
// each of them. fmt.Errorf accepts several %w verbs; the result wraps all of them (it has
// an Unwrap() []error method, so errors.Unwrap, which only calls Unwrap() error, returns nil).
//
// Expected output:
//
//	"true"                         errors.Join(nil, nil) == nil
//	"first\nsecond" (two lines)    the joined message (the nil argument is skipped)
//	"true true false"              Is(joined, errA), Is(joined, errB), Is(joined, other)
//	"read: first; write: second"   Errorf with two %w
//	"true true true"               Is works for both wrapped errors; Unwrap(multi) == nil
//	"code 7"                       errors.As finds the *codeErr inside the joined error
package main

import (
	"errors"
	"fmt"
)

var (
	errA  = errors.New("first")
	errB  = errors.New("second")
	other = errors.New("other")
)

type codeErr struct{ code int }

func (e *codeErr) Error() string { return fmt.Sprintf("code %d", e.code) }

func main() {
	fmt.Println(errors.Join(nil, nil) == nil)
	joined := errors.Join(errA, nil, errB)
	fmt.Println(joined)
	fmt.Println(errors.Is(joined, errA), errors.Is(joined, errB), errors.Is(joined, other))
	multi := fmt.Errorf("read: %w; write: %w", errA, errB)
	fmt.Println(multi)
	fmt.Println(errors.Is(multi, errA), errors.Is(multi, errB), errors.Unwrap(multi) == nil)
	deep := errors.Join(other, fmt.Errorf("ctx: %w", &codeErr{7}))
	var ce *codeErr
	if errors.As(deep, &ce) {
		fmt.Println(ce)
	}
}

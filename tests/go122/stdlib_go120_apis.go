// Standard-library APIs added in Go 1.20 and 1.21, as Weft's stdlib provides them.
//
// Expected output:
//
//	"body true body true"            strings.CutPrefix / CutSuffix strip and report
//	"x false y false"                no prefix / suffix: the string comes back unchanged
//	"-1 1 0"                         time.Time.Compare (Unix 10 vs 20, 20 vs 10, 10 vs 10)
//	"*errors.joinError *fmt.wrapErrors"  the dynamic types behind Join and a two-%w Errorf
//	"true 2 [a b]"                   the Errorf result has Unwrap() []error with both errors
//	"true true"                      errors.Is finds each wrapped error through Unwrap() []error
//	"true b"                         errors.As walks the list too (the first match: the *T)
//	"a"                              errors.Join with one non-nil error: its message alone
//	"true"                           strings.ContainsFunc (1.21) finds the digit
//	"1 2"                            len(strings.Clone("x")) (1.20) and a constant 2
package main

import (
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"
)

type T struct{ s string }

func (t *T) Error() string { return t.s }

func main() {
	a, ok1 := strings.CutPrefix("prefix-body", "prefix-")
	b, ok2 := strings.CutSuffix("body.go", ".go")
	fmt.Println(a, ok1, b, ok2)
	c, ok3 := strings.CutPrefix("x", "p")
	d, ok4 := strings.CutSuffix("y", "s")
	fmt.Println(c, ok3, d, ok4)

	t10, t20 := time.Unix(10, 0), time.Unix(20, 0)
	fmt.Println(t10.Compare(t20), t20.Compare(t10), t10.Compare(time.Unix(10, 0)))

	ea, eb := errors.New("a"), &T{"b"}
	fmt.Printf("%T %T\n", errors.Join(ea, eb), fmt.Errorf("%w %w", ea, eb))
	multi := fmt.Errorf("%w %w", ea, eb)
	u, ok := multi.(interface{ Unwrap() []error })
	fmt.Println(ok, len(u.Unwrap()), u.Unwrap())
	fmt.Println(errors.Is(multi, ea), errors.Is(multi, eb))
	var target *T
	fmt.Println(errors.As(multi, &target), target.s)
	fmt.Println(errors.Join(nil, ea, nil))
	fmt.Println(strings.ContainsFunc("ab3", unicode.IsDigit))
	fmt.Println(len(strings.Clone("x")), 2)
}

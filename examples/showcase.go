// showcase: a short tour of the sequential Go that Weft runs — structs and
// methods, interfaces, slices, maps, closures, fmt formatting, errors, and
// defer/recover. Run it with `weft examples/showcase.go` (or `make run`).
package main

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"
)

// --- structs, methods and interfaces ----------------------------------------

// Shape is satisfied by every type that has these two methods; nothing says
// "implements".
type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct {
	Width, Height float64
}

type Circle struct {
	Radius float64
}

func (r Rect) Area() float64      { return r.Width * r.Height }
func (r Rect) Perimeter() float64 { return 2 * (r.Width + r.Height) }

func (c Circle) Area() float64      { return math.Pi * c.Radius * c.Radius }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.Radius }

// String makes Circle a fmt.Stringer: %v and Println use it.
func (c Circle) String() string { return fmt.Sprintf("circle of radius %g", c.Radius) }

// Scale has a pointer receiver: it changes the rectangle it is called on.
func (r *Rect) Scale(f float64) {
	r.Width *= f
	r.Height *= f
}

func shapes() {
	fmt.Println("== shapes")
	r := Rect{Width: 3, Height: 4}
	r.Scale(2) // Go takes &r for us
	all := []Shape{r, Circle{Radius: 1}, Rect{Width: 1, Height: 1}}
	total := 0.0
	for i, s := range all {
		name := fmt.Sprint(s) // Rect prints as {W H}; Circle through its String method
		fmt.Printf("%d. %-20s area %7.3f  perimeter %6.2f\n", i+1, name, s.Area(), s.Perimeter())
		total += s.Area()
	}
	fmt.Printf("total area: %.2f\n", total)

	// A type switch looks at the dynamic type inside an interface value.
	for _, s := range all {
		switch v := s.(type) {
		case Rect:
			fmt.Printf("%T %+v is a square: %t\n", v, v, v.Width == v.Height)
		case Circle:
			fmt.Printf("%T with diameter %g\n", v, 2*v.Radius)
		}
	}
}

// --- slices, maps and closures -----------------------------------------------

func words() {
	fmt.Println("== words")
	text := "the quick brown fox jumps over the lazy dog the end"
	counts := map[string]int{}
	for _, w := range strings.Fields(text) {
		counts[w]++
	}

	// Map iteration order is random in Go: sort the keys to print them.
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	// The less function is a closure over counts and keys.
	sort.Slice(keys, func(i, j int) bool {
		if counts[keys[i]] != counts[keys[j]] {
			return counts[keys[i]] > counts[keys[j]]
		}
		return keys[i] < keys[j]
	})
	for _, k := range keys[:4] {
		fmt.Printf("%-6s %d\n", k, counts[k])
	}
	fmt.Println(len(counts), "distinct words; keys[1:3] =", keys[1:3])

	if _, ok := counts["cat"]; !ok {
		fmt.Printf("%q is not there\n", "cat")
	}
}

// counter returns a function that remembers n between calls.
func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func closures() {
	fmt.Println("== closures")
	next := counter()
	other := counter()
	fmt.Println(next(), next(), next(), other())

	squares := make([]int, 0, 5)
	for i := 1; i <= 5; i++ {
		squares = append(squares, i*i)
	}
	apply := func(xs []int, f func(int) int) []int {
		out := make([]int, len(xs))
		for i, x := range xs {
			out[i] = f(x)
		}
		return out
	}
	fmt.Println(squares, apply(squares, func(x int) int { return x % 3 }))
	fmt.Printf("len=%d cap=%d hex=%x bits=%08b\n", len(squares), cap(squares), 255, 5)
}

// --- errors ------------------------------------------------------------------

// ErrNotFound is a sentinel error: callers compare with errors.Is.
var ErrNotFound = errors.New("not found")

// ParseError is an error type that carries details: callers use errors.As.
type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

func lookup(db map[string]string, key string) (string, error) {
	if key == "" {
		return "", &ParseError{Line: 7, Msg: "empty key"}
	}
	v, ok := db[key]
	if !ok {
		return "", fmt.Errorf("lookup %q: %w", key, ErrNotFound) // %w wraps
	}
	return v, nil
}

func errorsDemo() {
	fmt.Println("== errors")
	db := map[string]string{"go": "gopher", "lua": "moon"}
	for _, key := range []string{"go", "rust", ""} {
		v, err := lookup(db, key)
		var pe *ParseError
		switch {
		case err == nil:
			fmt.Println("found", v)
		case errors.Is(err, ErrNotFound):
			fmt.Println("error:", err)
		case errors.As(err, &pe):
			fmt.Println("parse error at line", pe.Line, "-", pe)
		}
	}
}

// --- defer and recover -------------------------------------------------------

// safeDivide turns a run-time panic into an ordinary error value.
func safeDivide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func deferDemo() {
	fmt.Println("== defer and recover")
	for i := 1; i <= 3; i++ {
		defer fmt.Println("deferred", i) // runs last-in, first-out when deferDemo returns
	}
	fmt.Println(safeDivide(7, 2))
	fmt.Println(safeDivide(7, 0))
}

func main() {
	shapes()
	words()
	closures()
	errorsDemo()
	deferDemo()
}

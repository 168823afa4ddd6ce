package main

import (
	"errors"
	"fmt"
)

type Celsius float64
type Stringer interface{ String() string }
type Named struct{ N string }

func (n Named) String() string { return "Named(" + n.N + ")" }

func describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v of %T", x, x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case bool:
		if x {
			return "true bool"
		}
		return "false bool"
	case Celsius:
		return fmt.Sprintf("temperature %.1f", float64(x))
	case float64:
		return fmt.Sprintf("float %g", x)
	case []int:
		return fmt.Sprintf("slice with %d ints", len(x))
	case map[string]int:
		return fmt.Sprintf("map with %d keys", len(x))
	case error:
		return "error: " + x.Error()
	case Stringer:
		return "stringer: " + x.String()
	case func(int) int:
		return fmt.Sprint("func giving ", x(2))
	case *int:
		return fmt.Sprint("pointer to ", *x)
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	n := 7
	vals := []interface{}{nil, 1, int64(2), "hey", true, false, Celsius(36.6), 2.5, []int{1, 2},
		map[string]int{"a": 1}, errors.New("bad"), Named{"x"}, func(i int) int { return i * 10 },
		&n, int8(3), struct{}{}, [2]int{}}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
	// Type switch without binding and with fallthrough-free default in the middle.
	var i interface{} = 3.0
	switch i.(type) {
	default:
		fmt.Println("default")
	case int:
		fmt.Println("int")
	}
}

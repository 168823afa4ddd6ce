package main

import (
	"fmt"
	"strings"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type Stack struct{ items []int }

func (s *Stack) String() string {
	parts := make([]string, len(s.items))
	for i, v := range s.items {
		parts[i] = fmt.Sprint(v)
	}
	return "Stack(" + strings.Join(parts, ",") + ")"
}

type Pair struct {
	K string
	V Temp
}

type ErrCode int

func (e ErrCode) Error() string  { return fmt.Sprintf("error code %d", int(e)) }
func (e ErrCode) String() string { return "should not be used" }

func main() {
	t := Temp(21.55)
	fmt.Println(t)
	fmt.Printf("%v %s %.2f %d\n", t, t, t, 7)
	s := &Stack{[]int{1, 2, 3}}
	fmt.Println(s)
	fmt.Println(*s) // value has no String method: printed as struct
	fmt.Printf("%v|%+v\n", s, *s)
	p := Pair{"room", 19.25}
	fmt.Println(p)
	fmt.Printf("%+v\n", p)
	fmt.Println([]Temp{1, 2.5})
	fmt.Println(map[string]Temp{"x": 3})
	var e error = ErrCode(42)
	fmt.Println(e)
	fmt.Println(ErrCode(7)) // Error() takes precedence over String()
	fmt.Printf("%v %s %d\n", e, e, e)
	fmt.Println(fmt.Sprint(t, " ", s))
	var ps *Stack
	fmt.Println(ps == nil)
	fmt.Printf("%s|%v|%d\n", []string{"a", "b"}, []interface{}{1, "a", nil}, []int8{-1, 2})
}

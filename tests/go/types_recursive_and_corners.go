package main

import (
	"fmt"
	"os"
	"strings"
)

type User struct {
	ID    int    `json:"id"`
	Name  string `json:"name,omitempty"`
	Email string `json:"-"`
}

type List struct {
	Head *Node
	Len  int
}

type Node struct {
	Val  int
	Next *Node
}

type T1 struct {
	Next *T2
}

type T2 T1

type Celsius float64
type Fahrenheit float64

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

type Op func(float64, float64) (float64, error)

type Visitor interface {
	Visit(n int) (w Visitor)
}

type printer struct{ depth int }

func (p printer) Visit(n int) Visitor {
	fmt.Println(strings.Repeat("  ", p.depth), n)
	if p.depth >= 2 {
		return nil
	}
	return printer{p.depth + 1}
}

func walk(v Visitor, n int) {
	if v = v.Visit(n); v == nil {
		return
	}
	walk(v, n*2)
	walk(v, n*2+1)
}


func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func variadicIface(prefix string, vals ...interface{}) string {
	return fmt.Sprint(append([]interface{}{prefix}, vals...)...)
}

func main() {
	u := User{1, "ann", "a@x"}
	fmt.Printf("%+v\n", u)
	fmt.Printf("%#v\n", u)
	l := &List{}
	for i := 3; i > 0; i-- {
		l.Head = &Node{i, l.Head}
		l.Len++
	}
	for n := l.Head; n != nil; n = n.Next {
		fmt.Print(n.Val, "->")
	}
	fmt.Println("nil", l.Len)
	t := T1{Next: &T2{}}
	fmt.Println(t.Next.Next == nil)
	fmt.Printf("%.1f %T\n", CToF(100), CToF(0))
	var div Op = func(a, b float64) (float64, error) {
		if b == 0 {
			return 0, fmt.Errorf("divide %v by zero", a)
		}
		return a / b, nil
	}
	if r, err := div(1, 0); err != nil {
		fmt.Println("err:", err)
	} else {
		fmt.Println(r)
	}
	walk(printer{}, 1)
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(variadicIface("p:", 1, "x", 2.5))
	anon := struct {
		Name string
		Tags []string
	}{"x", []string{"a"}}
	fmt.Printf("%v %+v\n", anon, anon)
	points := []struct{ X, Y int }{{1, 2}, {3, 4}}
	for _, p := range points {
		fmt.Print(p.X*p.Y, " ")
	}
	fmt.Println()
	var iface interface{} = points[0]
	if p, ok := iface.(struct{ X, Y int }); ok {
		fmt.Println("anon assert", p.X)
	}
	type local struct{ a int }
	fmt.Printf("%T %v\n", local{1}, local{2})
	const (
		A = iota * 10
		B
		_
		D
		E = "str"
		F
		G = iota
	)
	fmt.Println(A, B, D, E, F, G)
	x := 10
	px := &x
	ppx := &px
	**ppx = 20
	fmt.Println(x, *px == **ppx)
	arr := [...]string{2: "c", 0: "a"}
	fmt.Println(len(arr), arr, fmt.Sprintf("%q", arr))
	sl := []int{5: 1, 2, 1: 7}
	fmt.Println(sl, len(sl))
	m := map[string][]string{"k": {"a", "b"}}
	m["k"] = append(m["k"], "c")
	fmt.Println(m)
	fn := func(xs ...int) int { return len(xs) }
	fmt.Println(fn(), fn(nil...), fn([]int{1, 2}...))
	s := "hello"
	bs := []byte(s)
	fmt.Println(s[1:3], s[:0] == "", string(bs[4]), s[len(s)-1:])
	var e1, e2 interface{} = 1, 1.0
	fmt.Println(e1 == e2, e1 == 1, e2 == 1.0)
	type pair struct {
		a int
		b string
	}
	fmt.Println(pair{1, "x"} == pair{1, "x"}, [2]int{1, 2} != [2]int{1, 3})
	var fp func(int) int
	fact := func(n int) int { return n }
	fp = fact
	fmt.Println(fp(3), fp != nil)
	ch := make(chan int, 1)
	select {
	case v := <-ch:
		fmt.Println(v)
	default:
		fmt.Println("empty")
	}
	a1, a2 := "y", "x"
	fmt.Println(a1, a2)
	defer fmt.Println("deferred before exit? no")
	if len(os.Args) > 5 {
		return
	}
	fmt.Fprintln(os.Stderr, "to stderr")
	os.Exit(4)
}

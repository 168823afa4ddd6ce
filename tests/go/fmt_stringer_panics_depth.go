package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Level int

func (l Level) String() string { return [...]string{"DEBUG", "INFO", "WARN"}[l] }

type PtrStr struct{ n int }

func (p *PtrStr) String() string { return fmt.Sprintf("PtrStr(%d)", p.n) }

type Entry struct {
	Lvl   Level
	lvl   Level
	Msg   string
	P     *PtrStr
	V     PtrStr
	Err   error
}

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

type Money int64

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m/100, m%100) }

type Matrix [][]float64

func (m Matrix) String() string {
	var sb strings.Builder
	for _, row := range m {
		sb.WriteString(fmt.Sprint(row))
		sb.WriteByte(';')
	}
	return sb.String()
}

type HandlerFunc func(string) string

func (f HandlerFunc) Serve(s string) string { return "[" + f(s) + "]" }

type Server interface{ Serve(string) string }

type GoStr struct{ A int }

func (g GoStr) GoString() string { return "GoStr!" }

type Panicky struct{}

func (Panicky) String() string { panic("boom") }

type NilSafe struct{ name string }

func (n *NilSafe) String() string {
	if n == nil {
		return "NilSafe(nil)"
	}
	return n.name
}

func main() {
	e := Entry{Lvl: 1, lvl: 2, Msg: "hi", P: &PtrStr{3}, V: PtrStr{4}, Err: &MyErr{5}}
	fmt.Printf("%v\n", e)
	fmt.Printf("%+v\n", e)
	fmt.Println(e.Lvl, e.lvl, e.V, &e.V, e.P)
	fmt.Println([]Level{0, 1, 2}, map[Level]Money{1: 250, 0: 1999})
	fmt.Printf("%d %s %q %x\n", Level(1), Level(1), Level(2), Level(0))
	var nilErr error
	fmt.Println(nilErr)
	fmt.Printf("%v %s %d\n", nilErr, nilErr, nilErr)
	var me *MyErr
	fmt.Println(me == nil)
	var err error = me
	fmt.Println(err == nil)
	fmt.Println(Money(12345), []Money{1, 100})
	m := Matrix{{1, 2}, {3, 4}}
	fmt.Println(m)
	fmt.Printf("%v|%s\n", m, m)
	fmtD := "%d\n"
	fmt.Printf(fmtD, m)
	var s Server = HandlerFunc(strings.ToUpper)
	fmt.Println(s.Serve("hello"))
	serve := s.Serve
	fmt.Println(serve("bound"))
	fmt.Printf("%#v %v %+v\n", GoStr{1}, GoStr{1}, GoStr{1})
	fmt.Println(Panicky{})
	fmt.Printf("%s|%d\n", Panicky{}, Panicky{})
	var ns *NilSafe
	fmt.Println(ns, &NilSafe{"named"})
	var ps *PtrStr
	fmt.Println(ps)
	fmt.Printf("%+q %#q %q %#U %x % X\n", "héllo", "back`tick", 'ü', 'ü', "héllo", []byte{1, 171})
	fmt.Printf("%x %X %o %b\n", -42, -42, -8, -5)
	fmt.Printf("%5t|%-7v|%3c|%-4q|\n", true, nil, 'A', 'B')
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 42, 4, 7, 2, 3.14159)
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%v %v\n", struct{}{}, [0]int{})
	fmt.Printf("%v %d\n", []interface{}{Level(0), Money(5), nil}, []interface{}{1, "x"})
	fmt.Printf("%s\n", []string{"a", "b"})
	fmt.Printf("%q\n", map[string]int{"b": 2, "a": 1})
	fmt.Printf("%v\n", map[[2]int]string{{2, 1}: "x", {1, 2}: "y"})
	fmt.Printf("%v\n", map[bool]int{true: 1, false: 0})
	fmt.Printf("%v\n", map[interface{}]int{"b": 1, "a": 3})
	fmt.Printf("%v\n", map[interface{}]int{2: 1, 1: 3})
	fmt.Printf("%6.2v|%-8s|%8s|\n", "abcdef", "go", "weft")
	fmt.Printf("%.3s|%.10s|%5.1s|\n", "abcdef", "ab", "xyz")
	fmt.Printf("%c%c%c\n", 0x48, 0x69, 0x1F600)
	fmt.Printf("%U %#x %#o %#b\n", 0x1F600, 3, 3, 3)
	fmt.Printf("%08d|%-08d|%+08d|% d|% d\n", 42, 42, 42, 42, -42)
	fmt.Printf("%x|%X|% x|%#x\n", "Go", []byte("Go"), "Go", "Go")
	type kv struct {
		k string
		v int
	}
	kvs := []kv{{"b", 2}, {"a", 2}, {"c", 1}}
	sort.SliceStable(kvs, func(i, j int) bool { return kvs[i].v > kvs[j].v })
	fmt.Println(kvs)
	fmt.Println(fmt.Sprintf("%v", &kvs[0]), fmt.Sprintf("%+v", &kvs))
	pp := &e.P
	_ = pp
	type Tree struct {
		L, R *Tree
		V    int
	}
	t := &Tree{V: 1, L: &Tree{V: 2}}
	fmt.Printf("%v %+v\n", t.L.L, *t.L)
	fmt.Println(fmt.Sprint(1, 2, "a", "b", 3, nil, 4), fmt.Sprint("x", errors.New("e"), 5))
	fmt.Print(1, 2, "\n")
	fmt.Print("a", "b", 1, 2, true, false, "\n")
}

package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"time"
)

type Handler func(string) error
type Matrix [2][2]float64
type Set map[string]struct{}
type Queue chan int
type ID int64
type Pair struct {
	K string
	V interface{}
}
type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Insert(v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree) InOrder(visit func(int)) {
	if t == nil {
		return
	}
	t.Left.InOrder(visit)
	visit(t.Val)
	t.Right.InOrder(visit)
}

func (t *Tree) String() string {
	if t == nil {
		return "()"
	}
	return fmt.Sprintf("(%v %d %v)", t.Left, t.Val, t.Right)
}

func main() {
	vals := []interface{}{
		Handler(nil), Matrix{}, Set{}, make(Queue), ID(5), Pair{}, &Pair{}, []Pair{}, map[ID][]string{},
		func(int, ...string) (bool, error) { return false, nil }, make(chan<- bool), make(<-chan []int),
		errors.New("x"), fmt.Errorf("w %w", errors.New("x")), os.Stdout, &sync.Mutex{}, time.Second, time.Month(3),
		strings.NewReader(""), new(int), new([]string), [3]*int{}, struct{ A, b int }{}, struct{}{},
		interface{}(nil), uintptr(1), 'x', byte(1), int8(1), uint16(1), float32(1), "",
	}
	for _, v := range vals {
		fmt.Printf("%T\n", v)
	}
	var root *Tree
	for _, v := range []int{5, 3, 8, 1, 4, 9} {
		root = root.Insert(v)
	}
	var out []string
	root.InOrder(func(v int) { out = append(out, fmt.Sprint(v)) })
	fmt.Println(strings.Join(out, ","))
	fmt.Println(root)
	fmt.Printf("%v|%s|%+v\n", root.Left, root.Right, root.Left.Left)
	fmt.Printf("%v %+v\n", Pair{"a", 1}, Pair{"b", []int{2}})
	fmt.Printf("%#v\n", Pair{"c", map[string]int{"z": 1}})
	fmt.Printf("%#v %#v %#v\n", ID(7), Set{"a": {}}, Matrix{{1, 2}, {3, 4}})
	fmt.Printf("%v %d\n", time.Month(3), time.Month(3))
	var h Handler
	fmt.Println(h == nil)
	fmt.Printf("%v %v\n", []*int{nil}, map[string]*Tree{"n": nil})
	fmt.Printf("%#v\n", []interface{}{ID(1), nil, Pair{}})
	fmt.Printf("%#v\n", struct {
		P *int
		S []string
		M map[int]bool
		F func()
		E error
	}{})
	fmt.Printf("%v\n", struct {
		P *int
		S []string
		M map[int]bool
		E error
	}{})
	fmt.Printf("%x %X %q\n", ID(255), []ID{10, 11}, []rune("hé"))
	fmt.Printf("%t %v\n", true, []bool{true, false})
	fmt.Printf("%08.3f|%+.1e|%x|%o\n", -3.14159, 12345.678, 3.5, 8)
	fmt.Printf("%s %v\n", []byte(nil), []byte{})
	fmt.Printf("%d %v %s\n", []byte("ab"), [2]byte{65, 66}, [2]byte{65, 66})
}

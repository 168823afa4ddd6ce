package main

import (
	"errors"
	"fmt"
	"runtime"
)

type T struct{ x int }

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

func try(name string, f func()) {
	defer func() {
		r := recover()
		if re, ok := r.(runtime.Error); ok {
			fmt.Printf("%s: runtime.Error: %v\n", name, re)
			return
		}
		if e, ok := r.(error); ok {
			fmt.Printf("%s: error: %v\n", name, e)
			return
		}
		fmt.Printf("%s: %v (%T)\n", name, r, r)
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	i := 5
	try("index", func() { _ = s[i] })
	try("neg index", func() { j := -1; _ = s[j+0*i] })
	try("slice", func() { _ = s[1:i] })
	try("slice2", func() { j := 2; k := 1; _ = s[j:k] })
	try("slice3", func() { _ = s[:2:i] })
	str := "hey"
	try("string index", func() { _ = str[i] })
	try("string slice", func() { _ = str[i:] })
	var m map[string]int
	try("nil map", func() { m["a"] = 1 })
	var p *T
	try("nil ptr", func() { fmt.Println(p.x) })
	var sh interface{} = "str"
	try("assert", func() { _ = sh.(int) })
	var nsh interface{}
	try("assert nil", func() { _ = nsh.(int) })
	var shp Shape
	try("assert iface", func() { _ = sh.(Shape) })
	try("nil iface call", func() { shp.Area() })
	var sq interface{} = Sq{2}
	try("assert concrete", func() { _ = sq.(*Sq) })
	z := 0
	try("div", func() { fmt.Println(10 / z) })
	try("mod", func() { fmt.Println(10 % z) })
	try("custom", func() { panic("my panic") })
	try("custom err", func() { panic(errors.New("my err")) })
	try("custom int", func() { panic(42) })
	try("fmt err", func() { panic(fmt.Errorf("wrapped %d", 1)) })
	var arr [4]int
	try("array", func() { arr[i%8] = 1 })
	try("make neg", func() { n := -1; _ = make([]int, n) })
	try("close nil", func() { var c chan int; close(c) })
	try("close twice", func() { c := make(chan int); close(c); close(c) })
	try("send closed", func() { c := make(chan int, 1); close(c); c <- 1 })
	var fn func()
	try("nil func", func() { fn() })
	try("conv", func() {
		var big []int = make([]int, 2)
		_ = [3]int(([3]int{}))
		_ = big[3]
	})
	try("map of slice", func() { mm := map[string][]int{}; _ = mm["x"][0] })
	fmt.Println("done")
}

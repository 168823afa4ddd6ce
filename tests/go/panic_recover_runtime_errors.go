package main

import (
	"fmt"
	"runtime"
)

type T struct{ x int }

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(runtime.Error); ok {
			fmt.Printf("%s: runtime.Error: %v\n", name, err)
			return
		}
		if err, ok := r.(error); ok {
			fmt.Printf("%s: error: %v\n", name, err)
			return
		}
		fmt.Printf("%s: %v\n", name, r)
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	i := 5
	try("index", func() { _ = s[i] })
	try("negative index", func() {
		j := -1
		_ = s[j]
	})
	try("slice high", func() { _ = s[1:i] })
	try("slice inverted", func() {
		lo, hi := 2, 1
		_ = s[lo:hi]
	})
	try("slice3", func() { _ = s[0:1:i] })
	try("string index", func() {
		str := "abc"
		_ = str[i]
	})
	try("string slice", func() {
		str := "abc"
		_ = str[i:]
	})
	try("array index", func() {
		var a [4]int
		k := 4
		a[k] = 1
	})
	try("nil map", func() {
		var m map[string]int
		m["x"] = 1
	})
	try("divide", func() {
		z := 0
		fmt.Println(10 / z)
	})
	try("modulo", func() {
		z := 0
		fmt.Println(10 % z)
	})
	try("nil pointer", func() {
		var p *T
		fmt.Println(p.x)
	})
	try("type assertion", func() {
		var v interface{} = "str"
		_ = v.(int)
	})
	try("type assertion named", func() {
		var v interface{} = T{1}
		_ = v.(fmt.Stringer)
	})
	try("nil interface assertion", func() {
		var v interface{}
		_ = v.(int)
	})
	try("custom panic", func() { panic(fmt.Sprintf("bad value %d", 3)) })
	try("make negative", func() {
		n := -1
		_ = make([]int, n)
	})
	try("nil func", func() {
		var f func()
		f()
	})
	try("closed loop", func() {
		arr := [3]int{}
		for k := 0; k <= 3; k++ {
			arr[k] = k
		}
	})
	fmt.Println("done")
}

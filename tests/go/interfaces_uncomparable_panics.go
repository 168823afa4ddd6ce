package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: %v\n", name, r)
		}
	}()
	f()
	fmt.Printf("%s: ok\n", name)
}

type S struct {
	Name  string
	Items []int
}

func main() {
	try("compare slices in interfaces", func() {
		var a, b interface{} = []int{1}, []int{1}
		fmt.Println(a == b)
	})
	try("compare different dynamic types", func() {
		var a, b interface{} = []int{1}, "x"
		fmt.Println(a == b)
	})
	try("map key slice", func() {
		m := map[interface{}]int{}
		m[[]int{1}] = 1
	})
	try("map key func", func() {
		m := map[interface{}]bool{}
		var k interface{} = func() {}
		m[k] = true
	})
	try("compare struct with slice", func() {
		var a, b interface{} = S{"x", nil}, S{"x", nil}
		fmt.Println(a == b)
	})
	try("compare maps", func() {
		var a interface{} = map[string]int{}
		fmt.Println(a == a)
	})
	try("comparable ok", func() {
		var a, b interface{} = [2]int{1, 2}, [2]int{1, 2}
		fmt.Println(a == b)
	})
}

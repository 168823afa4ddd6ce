package main

import "fmt"

func counterWithDefer() (get func() int) {
	n := 0
	defer func() { n = 100 }()
	get = func() int { n++; return n }
	return
}

func deferLoopClosures() {
	for i := 0; i < 3; i++ {
		j := i
		defer func() { fmt.Println("closure copy", j) }()
		defer func(v int) { fmt.Println("arg", v) }(i)
	}
}

func deferredMethodValue() {
	type acc struct{ total int }
	a := &acc{}
	add := func(n int) { a.total += n }
	defer func() { fmt.Println("total at end", a.total) }()
	for i := 1; i <= 4; i++ {
		defer add(i)
	}
}

func recoverReturnsValue() (result string) {
	defer func() {
		if r := recover(); r != nil {
			result = fmt.Sprintf("recovered %v", r)
		}
	}()
	var f func() string
	return f()
}

func main() {
	get := counterWithDefer()
	fmt.Println(get(), get())
	deferLoopClosures()
	deferredMethodValue()
	fmt.Println(recoverReturnsValue())
}

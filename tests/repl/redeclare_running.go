package main

import "fmt"

// A goroutine started before a redeclaration keeps the functions (and the methods it calls
// directly) it was compiled against: fOld, T1.MOld. Calls through an interface find a type's
// newest method (T1.M after it was declared again). Values made before `type T` was declared
// again keep the old type T1.
func fOld() string { return "old f" }
func f() string    { return "new f" }

type T1 struct{ A int }

func (t T1) MOld() string { return "old M" }

var newM bool

func (t T1) M() string {
	if newM {
		return "new M"
	}
	return "old M"
}

type T struct{ A, B int }

func main() {
	out := make(chan string)
	tick := make(chan bool)
	go func() {
		for range tick {
			out <- fOld()
		}
	}()
	tick <- true
	fmt.Println(<-out)
	tick <- true
	fmt.Println(<-out)
	fmt.Println(f())
	var i interface{ M() string } = T1{1}
	tick2 := make(chan bool)
	go func() {
		for range tick2 {
			out <- i.M() + " " + T1{2}.MOld()
		}
	}()
	tick2 <- true
	fmt.Println(<-out)
	newM = true
	tick2 <- true
	fmt.Println(<-out)
	tick2 <- true
	fmt.Println(<-out)
	fmt.Println(i)
	fmt.Println(T{1, 2})
	var j interface{} = T{3, 4}
	_, ok := j.(interface{ M() string })
	fmt.Println(ok)
}

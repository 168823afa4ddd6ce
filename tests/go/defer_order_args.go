package main

import "fmt"

func trace(name string) func() {
	fmt.Println("enter", name)
	return func() { fmt.Println("leave", name) }
}

func order() {
	for i := 0; i < 4; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("loop done")
}

func argsNow() {
	x := 1
	defer fmt.Println("defer sees x =", x)
	p := &x
	defer func() { fmt.Println("closure sees x =", *p) }()
	x = 2
	fmt.Println("x set to", x)
}

func nested() {
	defer trace("nested")()
	fmt.Println("in nested body")
}

type T struct{ name string }

func (t T) Print()   { fmt.Println("value receiver", t.name) }
func (t *T) PPrint() { fmt.Println("pointer receiver", t.name) }

func receivers() {
	t := T{"before"}
	defer t.Print()  // receiver copied now
	defer t.PPrint() // pointer taken now, sees later change
	t.name = "after"
}

func main() {
	order()
	argsNow()
	nested()
	receivers()
	func() {
		defer fmt.Println("inner func defers run at its end")
	}()
	fmt.Println("main end")
}

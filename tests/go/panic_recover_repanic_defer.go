package main

import "fmt"

func cleanup(name string) {
	if r := recover(); r != nil {
		fmt.Println(name, "recovered", r)
	} else {
		fmt.Println(name, "nothing to recover")
	}
}

func level3() {
	defer fmt.Println("level3 defer")
	panic("deep")
}

func level2() {
	defer fmt.Println("level2 defer")
	level3()
	fmt.Println("unreachable")
}

func level1() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("level1 caught: ", r)
		}
	}()
	level2()
	return "normal"
}

func replace() (s string) {
	defer func() {
		s = fmt.Sprint(recover())
	}()
	defer func() {
		panic("second")
	}()
	panic("first")
}

func helperRecover() {
	defer func() {
		// recover called from a helper function called by the deferred func returns nil
		cleanup("helper")
		fmt.Println("then direct:", recover())
	}()
	panic("p")
}

func main() {
	fmt.Println(level1())
	fmt.Println(replace())
	helperRecover()
	func() {
		defer cleanup("direct defer")
		panic("boom")
	}()
	fmt.Println("end")
}

package main

import "fmt"

// The REPL's inputs are the body of main: top-level deferred calls run when the session ends
// (here: when main returns). An input that panics is a function of its own: its own deferred
// calls run (and may recover); the earlier inputs' wait.
func main() {
	defer fmt.Println("deferred first")
	x := 1
	defer fmt.Println("x was", x)
	x = 2
	func() { defer fmt.Println("inner defer runs at once"); fmt.Println("inner body") }()
	for i := 0; i < 3; i++ {
		defer fmt.Print(i, " ")
	}
	defer func() { fmt.Println("closure sees x =", x) }()
	x = 3
	if x > 0 {
		defer fmt.Println("deferred in an if")
	}
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("recovered:", r)
			}
		}()
		panic("boom")
	}()
	fmt.Println("still here")
}

package main

import "fmt"

type Reason struct {
	Code int
	Msg  string
}

func (r Reason) String() string { return fmt.Sprintf("reason %d: %s", r.Code, r.Msg) }

func validate(n int) {
	if n > 2 {
		panic(Reason{n, "too large"})
	}
	fmt.Println("valid", n)
}

func main() {
	for i := 1; i <= 5; i++ {
		validate(i)
	}
}

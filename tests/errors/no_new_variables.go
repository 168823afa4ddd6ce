package main

func pair() (int, error) { return 0, nil }

func main() {
	a := 1
	a := 2 // ERROR "no new variables on left side of :="
	b, err := pair()
	b, err := pair() // ERROR "no new variables on left side of :="
	c, err := pair()
	_, _ = b, c
	_ = err
	_ := 3 // ERROR "no new variables on left side of :="
	_ = a
}

package main

import "fmt"

func shift(x int, n int) (r int, err interface{}) {
	defer func() { err = recover() }()
	return x << n, nil
}

func main() {
	fmt.Println(shift(1, 3))
	fmt.Println(shift(1, 64))
	fmt.Println(shift(-8, 1))
	r, err := shift(1, -1)
	fmt.Println(r, err)
	var x int32 = -1
	n := 2
	fmt.Println(x>>n, x<<n, uint32(x)>>n)
}

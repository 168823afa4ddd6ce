package main

import "fmt"

func main() {
	var z complex128
	fmt.Println(z)
	a := complex(1, 2)
	b := 3 - 4i
	fmt.Println(a+b, a*b, a/b, a-b)
	fmt.Println(real(a*b), imag(a*b))
	fmt.Printf("%T %T %v\n", a, complex64(a), complex64(a))
	fmt.Printf("%.2f %g\n", a/b, b)
	fmt.Println(a == complex(1, 2), a != b)
	const c = 1i * 1i
	fmt.Println(c, real(c))
	var f float64 = c
	fmt.Println(f)
}

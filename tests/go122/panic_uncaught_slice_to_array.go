// Go 1.20 slice-to-array conversion failing without recover: the program prints its first
// line, then dies with exit status 2. Its stderr holds the panic line "panic: runtime
// error: cannot convert slice with length 2 to array or pointer to array with length 4",
// then "goroutine 1 [running]:", the frame main.toQuad at line 13 (the conversion) and the
// frame main.main at line 18 (the second call).
package main

import "fmt"

type Quad [4]int

func toQuad(s []int) Quad {
	return Quad(s)
}

func main() {
	fmt.Println(toQuad([]int{1, 2, 3, 4, 5}))
	fmt.Println(toQuad([]int{1, 2}))
}

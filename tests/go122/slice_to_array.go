// Go 1.20: a slice converts to an array type [N]T when len(slice) >= N; the result is a
// copy of the first N elements. If the slice is shorter the conversion panics with
// "runtime error: cannot convert slice with length L to array or pointer to array with
// length N". (Go 1.17-1.19 had only the pointer conversion, with the text "... to pointer
// to array with length N"; Go 1.20 changed it to the text above for both.)
//
// Expected output:
//
//	"[1 2 3] [99 2 3 4]"   the array is a copy: writing s[0] = 99 afterwards does not change it
//	"[2 3]"                [2]int(s[1:]): s[1:] is [2 3 4]; the first two elements are taken
//	"[] 0"                 a nil slice converts to [0]int
//	"runtime error: cannot convert slice with length 2 to array or pointer to array with length 3"
//	"4"                    len of the array pointer conversion (*[4]int)(s) (Go 1.17 feature)
package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	a := [3]int(s)
	s[0] = 99
	fmt.Println(a, s)
	b := [2]int(s[1:])
	fmt.Println(b)
	var empty []int
	z := [0]int(empty)
	fmt.Println(z, len(z))
	func() {
		defer func() { fmt.Println(recover()) }()
		short := []int{1, 2}
		_ = [3]int(short)
	}()
	p := (*[4]int)(s)
	fmt.Println(len(p))
}

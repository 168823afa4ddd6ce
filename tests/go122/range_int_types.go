// Go 1.22 range over an integer: the iteration variable has the type of the range operand;
// an untyped constant operand gives it type int.
//
// Expected output:
//
//	"int 3"              `range 3`: i is an int; the loop ran 3 times
//	"main.Count 0 1 2"   `range Count(3)` yields values of type main.Count
//	"uint8 255"          `range uint8(255)` yields uint8 values 0..254; last+1 = 255
//	"int64 4"            `range int64(4)` yields int64 values; 4 iterations
//	"[0 1 2 3]"          i used as an index (range len(arr))
//	"done 2"             range 10, skipping odd i and breaking at i == 4: the evens 0 and 2
//	                     are counted before the break
package main

import "fmt"

type Count int

func main() {
	n := 0
	var last interface{}
	for i := range 3 {
		last = i
		n++
	}
	fmt.Printf("%T %d\n", last, n)
	var cs []Count
	for c := range Count(3) {
		cs = append(cs, c)
	}
	fmt.Printf("%T %v %v %v\n", cs[0], cs[0], cs[1], cs[2])
	var lastU uint8
	for u := range uint8(255) {
		lastU = u
	}
	fmt.Printf("%T %d\n", lastU, int(lastU)+1)
	var last64 interface{}
	k := 0
	for v := range int64(4) {
		last64 = v
		k++
	}
	fmt.Printf("%T %d\n", last64, k)
	var arr [4]int
	for i := range len(arr) {
		arr[i] = i
	}
	fmt.Println(arr)
	evens := 0
	for i := range 10 {
		if i%2 == 1 {
			continue
		}
		if i == 4 {
			break
		}
		evens++
	}
	fmt.Println("done", evens)
}

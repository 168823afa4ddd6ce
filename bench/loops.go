// loops: nested integer loops — the interpreter's loop and arithmetic dispatch.
// Usage: loops [n]   (default 3000: n*n inner iterations). Prints a checksum.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	n := 3000
	// The size is the last argument when it is a number (interpreters such as yaegi
	// leave their own arguments at the front of os.Args).
	if v, err := strconv.Atoi(os.Args[len(os.Args)-1]); err == nil {
		n = v
	}
	sum := 0
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			sum += (i*j)%7 + (i+j)%5
		}
		sum = sum % 1000000007
	}
	fmt.Println(sum)
}

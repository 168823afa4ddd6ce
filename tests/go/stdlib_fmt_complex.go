package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	fmt.Printf("%v %.2f %+.1v %v\n", complex(1, 2), complex(-1.5, 0.25), complex64(complex(3, -4)), complex(math.Inf(1), math.NaN()))
	fmt.Println(complex(0, 0), complex(-0.5, 1e21), []complex128{1i, 2})
	bad := "%T %T %e %8.3g|%s\n"
	fmt.Printf(bad, complex(1, 1), complex64(1), complex(1, -1), complex(2, 3), complex(1, 1))
	fmt.Println(strconv.FormatFloat(real(complex(1.5, 2)), 'f', 1, 64))
}

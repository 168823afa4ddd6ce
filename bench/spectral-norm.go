// spectral-norm: the Benchmarks Game's spectral norm of an infinite matrix —
// float64 loops over slices and small function calls.
// Usage: spectral-norm [n]  (default 300). Prints the norm with 9 decimals.
package main

import (
	"fmt"
	"math"
	"os"
	"strconv"
)

// a is the (i, j) entry of the matrix: 1 / ((i+j)(i+j+1)/2 + i + 1).
func a(i, j int) float64 {
	return 1.0 / float64((i+j)*(i+j+1)/2+i+1)
}

func multiplyAv(v, av []float64) {
	for i := range av {
		sum := 0.0
		for j := range v {
			sum += a(i, j) * v[j]
		}
		av[i] = sum
	}
}

func multiplyAtv(v, atv []float64) {
	for i := range atv {
		sum := 0.0
		for j := range v {
			sum += a(j, i) * v[j]
		}
		atv[i] = sum
	}
}

func multiplyAtAv(v, out, tmp []float64) {
	multiplyAv(v, tmp)
	multiplyAtv(tmp, out)
}

func main() {
	n := 300
	// The size is the last argument when it is a number (interpreters such as yaegi
	// leave their own arguments at the front of os.Args).
	if v, err := strconv.Atoi(os.Args[len(os.Args)-1]); err == nil {
		n = v
	}
	u := make([]float64, n)
	v := make([]float64, n)
	tmp := make([]float64, n)
	for i := range u {
		u[i] = 1
	}
	for i := 0; i < 10; i++ {
		multiplyAtAv(u, v, tmp)
		multiplyAtAv(v, u, tmp)
	}
	vBv, vv := 0.0, 0.0
	for i := 0; i < n; i++ {
		vBv += u[i] * v[i]
		vv += v[i] * v[i]
	}
	fmt.Printf("%.9f\n", math.Sqrt(vBv/vv))
}

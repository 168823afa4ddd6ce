package main

import (
	"fmt"
	"strings"
)

func main() {
	const w, h = 60, 24
	const maxIter = 50
	chars := " .:-=+*#%@"
	total := 0
	for y := 0; y < h; y++ {
		var sb strings.Builder
		for x := 0; x < w; x++ {
			cr := -2.2 + 3.0*float64(x)/w
			ci := -1.2 + 2.4*float64(y)/h
			zr, zi := 0.0, 0.0
			i := 0
			for ; i < maxIter && zr*zr+zi*zi <= 4; i++ {
				zr, zi = zr*zr-zi*zi+cr, 2*zr*zi+ci
			}
			total += i
			sb.WriteByte(chars[i*(len(chars)-1)/maxIter])
		}
		fmt.Println(strings.TrimRight(sb.String(), " "))
	}
	fmt.Println("total iterations:", total)
}

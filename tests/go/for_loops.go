package main

import "fmt"

func main() {
	sum := 0
	for i := 1; i <= 100; i++ {
		sum += i
	}
	fmt.Println(sum)
	n := 27
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	fmt.Println("collatz steps", steps)
	i := 0
	for {
		i++
		if i%2 == 0 {
			continue
		}
		if i > 9 {
			break
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ",", j, " ")
	}
	fmt.Println()
	// Loop variable modified in body
	for k := 0; k < 10; k++ {
		if k == 2 {
			k += 5
		}
		fmt.Print(k, " ")
	}
	fmt.Println()
	// Nested with shadowing
	x := 100
	for x := 0; x < 2; x++ {
		for x := 10; x < 12; x++ {
			fmt.Print(x, " ")
		}
		fmt.Print(x, " ")
	}
	fmt.Println(x)
	// Count down with unsigned must stop carefully
	for u := uint(3); u > 0; u-- {
		fmt.Print(u, " ")
	}
	fmt.Println()
	// Closures capturing a per-iteration copy.
	var fs []func() int
	for i := 0; i < 3; i++ {
		v := i * i
		fs = append(fs, func() int { return v })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	// Post statement can be any simple statement.
	var out []int
	for p := 1; p < 100; p *= 3 {
		out = append(out, p)
	}
	fmt.Println(out)
}

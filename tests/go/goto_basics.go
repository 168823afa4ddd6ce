package main

import "fmt"

func gcd(a, b int) int {
loop:
	if b == 0 {
		return a
	}
	a, b = b, a%b
	goto loop
}

func classify(n int) string {
	if n < 0 {
		goto negative
	}
	if n == 0 {
		goto zero
	}
	return "positive"
negative:
	return "negative"
zero:
	return "zero"
}

func retry() int {
	attempts := 0
again:
	attempts++
	if attempts < 5 {
		goto again
	}
	return attempts
}

func main() {
	fmt.Println(gcd(48, 18), gcd(17, 5), gcd(0, 9))
	for _, n := range []int{-3, 0, 8} {
		fmt.Println(n, classify(n))
	}
	fmt.Println(retry())
	i := 0
top:
	if i < 3 {
		fmt.Println("goto loop", i)
		i++
		goto top
	}
	// goto forward past a block
	x := 1
	if x > 0 {
		goto done
	}
	fmt.Println("skipped")
done:
	fmt.Println("done")
}

package main

import "fmt"

type Iterator func() (int, bool)

func rangeIter(lo, hi, step int) Iterator {
	cur := lo
	return func() (int, bool) {
		if cur >= hi {
			return 0, false
		}
		v := cur
		cur += step
		return v, true
	}
}

func mapIter(it Iterator, f func(int) int) Iterator {
	return func() (int, bool) {
		v, ok := it()
		if !ok {
			return 0, false
		}
		return f(v), true
	}
}

func filterIter(it Iterator, p func(int) bool) Iterator {
	return func() (int, bool) {
		for {
			v, ok := it()
			if !ok || p(v) {
				return v, ok
			}
		}
	}
}

func take(it Iterator, n int) []int {
	var out []int
	for len(out) < n {
		v, ok := it()
		if !ok {
			break
		}
		out = append(out, v)
	}
	return out
}

func primes() Iterator {
	var found []int
	n := 1
	return func() (int, bool) {
		for {
			n++
			isP := true
			for _, p := range found {
				if p*p > n {
					break
				}
				if n%p == 0 {
					isP = false
					break
				}
			}
			if isP {
				found = append(found, n)
				return n, true
			}
		}
	}
}

func main() {
	it := rangeIter(0, 20, 3)
	fmt.Println(take(it, 100))
	sq := mapIter(rangeIter(1, 100, 1), func(x int) int { return x * x })
	odd := filterIter(sq, func(x int) bool { return x%2 == 1 })
	fmt.Println(take(odd, 6))
	fmt.Println(take(odd, 2))
	p := primes()
	fmt.Println(take(p, 15))
	fmt.Println(take(filterIter(primes(), func(x int) bool { return x%10 == 3 }), 8))
}

package main

import "fmt"

func sieve(n int) []int {
	composite := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return primes
}

func factorize(n int) map[int]int {
	f := map[int]int{}
	for p := 2; p*p <= n; p++ {
		for n%p == 0 {
			f[p]++
			n /= p
		}
	}
	if n > 1 {
		f[n]++
	}
	return f
}

func isPrime(n uint64) bool {
	if n < 2 {
		return false
	}
	for d := uint64(2); d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func main() {
	ps := sieve(100)
	fmt.Println(len(ps), ps)
	big := sieve(1000000)
	fmt.Println(len(big), big[len(big)-1])
	sum := 0
	for _, p := range big {
		sum += p
	}
	fmt.Println("sum", sum)
	for _, n := range []int{360, 97, 1001, 1 << 20, 600851475143} {
		fmt.Println(n, factorize(n))
	}
	fmt.Println(isPrime(1000000007), isPrime(1000000008), isPrime(2147483647))
	// twin primes under 200
	var twins [][2]int
	small := sieve(200)
	for i := 1; i < len(small); i++ {
		if small[i]-small[i-1] == 2 {
			twins = append(twins, [2]int{small[i-1], small[i]})
		}
	}
	fmt.Println(twins)
}

package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(42))
	fmt.Println(r.Int63(), r.Int31(), r.Uint32(), r.Uint64(), r.Int())
	for i := 0; i < 10; i++ {
		fmt.Print(r.Intn(100), " ")
	}
	fmt.Println()
	fmt.Println(r.Int63n(1000000007), r.Int31n(7), r.Intn(1<<40))
	fmt.Println(r.Float64(), r.Float32())
	fmt.Println(r.Perm(10))
	xs := []string{"a", "b", "c", "d", "e", "f", "g"}
	r.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
	fmt.Println(xs)
	fmt.Printf("%.6f %.6f\n", r.NormFloat64(), r.ExpFloat64())
	buf := make([]byte, 5)
	n, err := r.Read(buf)
	fmt.Println(n, err, buf)

	r2 := rand.New(rand.NewSource(-1))
	r3 := rand.New(rand.NewSource(0))
	fmt.Println(r2.Intn(1000), r3.Intn(1000))
	r2.Seed(42)
	fmt.Println(r2.Int63())

	src := rand.NewSource(7)
	fmt.Println(src.Int63())
	s64, ok := src.(rand.Source64)
	fmt.Println(ok, s64.Uint64())

	counts := make([]int, 6)
	d := rand.New(rand.NewSource(2024))
	for i := 0; i < 6000; i++ {
		counts[d.Intn(6)]++
	}
	fmt.Println(counts)
}

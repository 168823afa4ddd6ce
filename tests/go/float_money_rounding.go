package main

import (
	"fmt"
	"math"
)

func roundTo(x float64, places int) float64 {
	p := math.Pow(10, float64(places))
	return math.Round(x*p) / p
}

func main() {
	prices := []float64{19.99, 5.25, 0.1, 0.2, 100.005, 2.675}
	total := 0.0
	for _, p := range prices {
		total += p
	}
	fmt.Println(total, roundTo(total, 2))
	fmt.Printf("%.2f %.3f %.10f\n", total, total, total)
	for _, p := range prices {
		fmt.Printf("%v -> %.2f / %v\n", p, p, roundTo(p, 2))
	}
	cents := 0
	for _, p := range prices {
		cents += int(math.Round(p * 100))
	}
	fmt.Printf("%d.%02d\n", cents/100, cents%100)
	rate := 0.0725
	tax := float64(cents) * rate
	fmt.Println(tax, math.Round(tax), math.Floor(tax), math.Ceil(tax))
	var acc float32
	for i := 0; i < 1000; i++ {
		acc += 0.01
	}
	fmt.Println(acc, float64(acc))
	// Compound interest
	balance := 1000.0
	for year := 1; year <= 5; year++ {
		balance *= 1.05
		fmt.Printf("year %d: %.2f\n", year, balance)
	}
	fmt.Println(math.Abs(balance-1276.2815625) < 1e-9)
	fmt.Println(1.1*1.1, 1.1*1.1 == 1.21, math.Nextafter(1, 2)-1)
}

// A job: totals stock values; prices come from the host, which may refuse (a C++ exception
// that the script recovers from as a Go panic).
package main

import (
	"fmt"

	"runner"
)

func priceOf(item string) (price float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	return runner.Price(item), nil
}

// Run values the stock: items and quantities in, total value and the problems out.
func Run(stock map[string]int) (float64, []string) {
	total := 0.0
	var problems []string
	for _, item := range runner.Sorted(stock) {
		p, err := priceOf(item)
		if err != nil {
			problems = append(problems, err.Error())
			continue
		}
		total += p * float64(stock[item])
	}
	return total, problems
}

func main() {}

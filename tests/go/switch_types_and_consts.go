package main

import "fmt"

type Op int

const (
	Add Op = iota + 1
	Sub
	Mul
	Div
)

func (o Op) Apply(a, b int) (int, error) {
	switch o {
	case Add:
		return a + b, nil
	case Sub:
		return a - b, nil
	case Mul:
		return a * b, nil
	case Div:
		if b == 0 {
			return 0, fmt.Errorf("divide %d by zero", a)
		}
		return a / b, nil
	default:
		return 0, fmt.Errorf("unknown op %d", int(o))
	}
}

func season(month int) string {
	switch month {
	case 12, 1, 2:
		return "winter"
	case 3, 4, 5:
		return "spring"
	case 6, 7, 8:
		return "summer"
	case 9, 10, 11:
		return "autumn"
	}
	return "invalid"
}

func sign(x float64) (s string) {
	switch {
	case x < 0:
		s = "negative"
	case x > 0:
		s = "positive"
	case x == 0:
		s = "zero"
	default:
		s = "nan"
	}
	return
}

func main() {
	for _, o := range []Op{Add, Sub, Mul, Div, 9} {
		fmt.Println(o.Apply(12, 4))
	}
	fmt.Println(Div.Apply(1, 0))
	for m := 0; m <= 13; m += 2 {
		fmt.Print(season(m), " ")
	}
	fmt.Println()
	zero := 0.0
	for _, x := range []float64{-2, 0, 3, zero / zero} {
		fmt.Print(sign(x), " ")
	}
	fmt.Println()
	// switch on a bool value
	switch t := 5 > 3; t {
	case true:
		fmt.Println("true branch")
	case false:
		fmt.Println("false branch")
	}
	// break inside switch in a for
	n := 0
	for i := 0; i < 10; i++ {
		switch {
		case i == 7:
			break
		case i%2 == 0:
			n += i
			continue
		}
		n += 100
	}
	fmt.Println(n)
}

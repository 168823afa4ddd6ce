package main

import "fmt"

type Rat struct{ num, den int64 }

func gcd(a, b int64) int64 {
	if a < 0 {
		a = -a
	}
	if b < 0 {
		b = -b
	}
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func New(n, d int64) Rat {
	if d == 0 {
		panic("zero denominator")
	}
	if d < 0 {
		n, d = -n, -d
	}
	g := gcd(n, d)
	if g == 0 {
		g = 1
	}
	return Rat{n / g, d / g}
}

func (a Rat) Add(b Rat) Rat   { return New(a.num*b.den+b.num*a.den, a.den*b.den) }
func (a Rat) Sub(b Rat) Rat   { return New(a.num*b.den-b.num*a.den, a.den*b.den) }
func (a Rat) Mul(b Rat) Rat   { return New(a.num*b.num, a.den*b.den) }
func (a Rat) Div(b Rat) Rat   { return New(a.num*b.den, a.den*b.num) }
func (a Rat) Less(b Rat) bool { return a.num*b.den < b.num*a.den }

func (a Rat) String() string {
	if a.den == 1 {
		return fmt.Sprint(a.num)
	}
	return fmt.Sprintf("%d/%d", a.num, a.den)
}

func harmonic(n int) Rat {
	s := New(0, 1)
	for i := 1; i <= n; i++ {
		s = s.Add(New(1, int64(i)))
	}
	return s
}

func main() {
	a, b := New(1, 2), New(3, 4)
	fmt.Println(a, b, a.Add(b), a.Sub(b), a.Mul(b), a.Div(b))
	fmt.Println(New(6, -8), New(0, 5), New(10, 5), a.Less(b), b.Less(a))
	for _, n := range []int{1, 2, 5, 10, 20} {
		fmt.Println(n, harmonic(n))
	}
	// Egyptian fractions of 7/15
	r := New(7, 15)
	var parts []Rat
	for r.num != 0 {
		d := (r.den + r.num - 1) / r.num
		u := New(1, d)
		parts = append(parts, u)
		r = r.Sub(u)
	}
	fmt.Println(parts)
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(a.Div(New(0, 1)))
}

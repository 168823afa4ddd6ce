package main

import "fmt"

type Celsius float64
type Fahrenheit float64
type MyInt int
type IntSlice []int
type StrMap map[string]int

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func FToC(f Fahrenheit) Celsius { return Celsius((f - 32) * 5 / 9) }

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func (m MyInt) Double() MyInt { return m * 2 }

func (s IntSlice) Sum() int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func main() {
	c := Celsius(100)
	f := CToF(c)
	fmt.Println(c, f)
	fmt.Printf("%v %.2f %T %T\n", FToC(212), float64(f), c, f)
	var x MyInt = 21
	fmt.Println(x.Double(), int(x)+1)
	s := IntSlice{1, 2, 3, 4}
	fmt.Println(s.Sum(), len(s))
	var plain []int = s
	fmt.Println(plain)
	s2 := IntSlice(plain[1:])
	fmt.Println(s2.Sum())
	m := StrMap{"a": 1}
	m["b"] = 2
	fmt.Println(m, len(m))
	fmt.Printf("%T %T\n", s, m)
	// Untyped constants assign to named types.
	var c2 Celsius = 37.5
	fmt.Println(c2 + 0.5)
}

package main

import (
	"fmt"
	"strconv"
)

func main() {
	n := 65
	fmt.Println(string(rune(n)), strconv.Itoa(n), fmt.Sprint(n), fmt.Sprintf("%c", n))
	f := 3.0
	fmt.Println(fmt.Sprint(f), strconv.FormatFloat(f, 'f', -1, 64), fmt.Sprintf("%v|%.1f|%g", f, f, f))
	fmt.Println(fmt.Sprint(1e6), fmt.Sprint(1e21), fmt.Sprint(123456789.0), fmt.Sprint(float32(1e6)))
	b := true
	fmt.Println(strconv.FormatBool(b), fmt.Sprint(b))
	v, _ := strconv.ParseFloat("1e-7", 64)
	fmt.Println(v, fmt.Sprintf("%f", v))
	i, err := strconv.ParseInt("-9223372036854775808", 10, 64)
	fmt.Println(i, err)
	i, err = strconv.ParseInt("9223372036854775808", 10, 64)
	fmt.Println(i, err)
	u, err := strconv.ParseUint("300", 10, 8)
	fmt.Println(u, err)
	x, err := strconv.Atoi("-0")
	fmt.Println(x, err)
	for _, s := range []string{"1.5", "-0", ".5", "5.", "1e3", "0x1p4", "NaN", "-Inf", "1_0.5", "abc"} {
		v, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, v, err)
	}
	rs := []rune{72, 105, 0x263A}
	fmt.Println(string(rs), len(string(rs)))
	bs := []byte{72, 105}
	fmt.Println(string(bs))
	fmt.Println(strconv.Quote(string(rune(0x1F600))), strconv.QuoteToASCII(string(rune(0x1F600))))
}

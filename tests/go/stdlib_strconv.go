package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(0), strconv.Itoa(-42), strconv.Itoa(math.MaxInt64), strconv.Itoa(math.MinInt64))
	for _, s := range []string{"12", "-12", "+5", "x", "", "99999999999999999999", "1_0", " 1", "0x10", "007"} {
		v, err := strconv.Atoi(s)
		fmt.Printf("Atoi(%q) = %d, %v\n", s, v, err)
	}
	for _, c := range []struct {
		s    string
		base int
		bits int
	}{{"ff", 16, 64}, {"0x1f", 0, 64}, {"0b101", 0, 8}, {"0o17", 0, 64}, {"017", 0, 64}, {"1_000", 0, 64},
		{"-128", 10, 8}, {"128", 10, 8}, {"-129", 10, 8}, {"zz", 36, 64}, {"12", 1, 64}, {"12", 10, 65}, {"9223372036854775808", 10, 64}} {
		v, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Printf("ParseInt(%q, %d, %d) = %d, %v\n", c.s, c.base, c.bits, v, err)
	}
	for _, s := range []string{"255", "256", "-1", "18446744073709551615", "18446744073709551616"} {
		v, err := strconv.ParseUint(s, 10, 8)
		w, err2 := strconv.ParseUint(s, 10, 64)
		fmt.Println(v, err, w, err2)
	}
	for _, s := range []string{"1.5", "-0", "1e400", "1e-400", "inf", "-Infinity", "nan", "0x1p-2", "1_000.5", ".5", "5.", "1e", "abc", "3.4028236e38", "0.1"} {
		v, err := strconv.ParseFloat(s, 64)
		v32, err32 := strconv.ParseFloat(s, 32)
		fmt.Println(s, v, err, v32, err32)
	}
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "yes", ""} {
		b, err := strconv.ParseBool(s)
		fmt.Print(b, " ", err, "; ")
	}
	fmt.Println()
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(35, 36), strconv.FormatUint(math.MaxUint64, 2), strconv.FormatBool(true))
	for _, f := range []float64{0, 1, -1.5, 3.14159265358979, 1e21, 1e-7, 123456789, 0.1, math.MaxFloat64, math.SmallestNonzeroFloat64, math.Inf(-1)} {
		fmt.Println(strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'e', 3, 64), strconv.FormatFloat(f, 'f', 2, 64), strconv.FormatFloat(f, 'G', 5, 64), strconv.FormatFloat(f, 'g', -1, 32), strconv.FormatFloat(f, 'b', -1, 64))
	}
	fmt.Println(strconv.FormatFloat(1.0/3, 'f', -1, 32), strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(3.5, 'f', 0, 64), strconv.FormatFloat(1.005, 'f', 2, 64), strconv.FormatFloat(1e23, 'g', 30, 64))
	fmt.Println(strconv.Quote("hello, 世界\n\x00\xff"), strconv.QuoteToASCII("héllo☺"), strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'), strconv.QuoteRune('\''), strconv.QuoteToGraphic("\u00a0x"))
	for _, s := range []string{`"abc"`, `"a\tb\u263a"`, "`raw\\n`", `'x'`, `'xy'`, `"bad`, `"\q"`, `''`} {
		v, err := strconv.Unquote(s)
		fmt.Printf("Unquote(%s) = %q, %v\n", s, v, err)
	}
	v, mb, tail, err := strconv.UnquoteChar(`\u00e9rest`, '"')
	fmt.Println(v, mb, tail, err)
	fmt.Println(strconv.CanBackquote("a`b"), strconv.CanBackquote("ab\t"), strconv.IsPrint('\u00ad'), strconv.IsPrint('a'), strconv.IsGraphic('\u00a0'))
	b := strconv.AppendInt([]byte("n="), -7, 10)
	b = strconv.AppendQuote(b, "q")
	b = strconv.AppendFloat(b, 1.25, 'f', 1, 64)
	b = strconv.AppendBool(b, false)
	fmt.Println(string(b))
	_, err = strconv.Atoi("12a")
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err == strconv.ErrSyntax, errors.Is(err, strconv.ErrSyntax))
	_, err = strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(errors.Is(err, strconv.ErrRange), err.(*strconv.NumError).Unwrap())
}

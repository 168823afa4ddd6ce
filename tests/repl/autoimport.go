package main

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	str "strconv"
	"strings"
	"unicode"
)

func main() {
	fmt.Println(strings.ToUpper("weft"))
	fmt.Println(math.Sqrt(2))
	fmt.Println(strconv.Itoa(42) + "!")
	xs := []int{3, 1, 2}
	sort.Ints(xs)
	fmt.Println(xs)
	fmt.Println(unicode.IsUpper('Q'))
	{
		strings := "a local name replaces the package"
		fmt.Println(strings)
	}
	fmt.Println(strings.Repeat("ab", 3))
	fmt.Println(str.Quote("q"))
}

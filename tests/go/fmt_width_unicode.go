package main

import "fmt"

func main() {
	names := []string{"Zoë", "世界", "abc", "naïve café"}
	for _, n := range names {
		fmt.Printf("|%-12s|%12s|%.2s|%q|\n", n, n, n, n)
	}
	fmt.Printf("|%5c|%-5c|\n", '世', 'é')
	fmt.Printf("|%8.3f|%-8.2e|%+08d|%x|\n", 3.14159, 12345.678, -42, "é")
	fmt.Printf("|%6q|%-6q|\n", 'x', "ab")
	fmt.Printf("|%3d|%-3d|%03d|\n", 12345, 7, -7)
	fmt.Printf("|%10v|%-10v|\n", []int{1, 2}, map[string]int{"a": 1})
	fmt.Printf("|%10v|%-10v|\n", true, nil)
	fmt.Printf("|%5t|%-7t|\n", false, true)
	fmt.Printf("|% d|% d|%+ d|\n", 5, -5, 5)
	fmt.Printf("|%#v|%#v|\n", 1.0, float32(2.5))
	fmt.Printf("|%v|%v|%v|\n", int8(-128), uint8(200), uintptr(10))
	fmt.Printf("|%08b|%o|%#X|\n", 5, 64, 3054)
	fmt.Printf("%s %s\n", fmt.Sprint(), fmt.Sprint(nil))
	fmt.Printf("%d%%\n", 50)
}

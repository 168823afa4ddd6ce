// Go 1.22: the variables of a range loop are per-iteration, so &v differs in each
// iteration and keeps that iteration's value. (Before 1.22 every pointer was the same
// variable holding the last element.)
//
// Expected output:
//
//	"1 2 3"        values read through the pointers collected from `for _, v := range`
//	"true"         each pointer is distinct from the previous ones
//	"[a b c]"      pointers to keys of a sorted key slice, read back
//	"sum 6"        modifying *p after the loop changes only that iteration's variable, not the
//	               slice: the slice still sums to 6
//	"[10 2 3]"     writing through the first pointer changes the variable, which is printed via
//	               the pointers (10 2 3)
package main

import (
	"fmt"
	"sort"
)

func main() {
	nums := []int{1, 2, 3}
	var ps []*int
	for _, v := range nums {
		ps = append(ps, &v)
	}
	fmt.Println(*ps[0], *ps[1], *ps[2])
	fmt.Println(ps[0] != ps[1] && ps[1] != ps[2] && ps[0] != ps[2])
	m := map[string]int{"c": 3, "a": 1, "b": 2}
	keys := make([]string, 0)
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var kp []*string
	for _, k := range keys {
		kp = append(kp, &k)
	}
	fmt.Println([]string{*kp[0], *kp[1], *kp[2]})
	*ps[0] = 10
	sum := 0
	for _, n := range nums {
		sum += n
	}
	fmt.Println("sum", sum)
	fmt.Println([]int{*ps[0], *ps[1], *ps[2]})
}

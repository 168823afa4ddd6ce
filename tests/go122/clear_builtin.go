// Go 1.21 built-in clear: clear(m) deletes every entry of map m (even NaN keys, which
// delete cannot remove); clear(s) sets s[0:len(s)] to the zero value, keeping the length,
// and elements beyond len(s) (but within the backing array) are untouched. Clearing a nil
// map or slice does nothing.
//
// Expected output:
//
//	"3 0 true"            map had 3 entries; after clear len is 0 and the map is non-nil
//	"map[x:1]"            the cleared map is still usable
//	"2 0"                 two NaN keys: len 2 (delete cannot remove them), 0 after clear
//	"[0 0 0] 3"           clear on a slice zeroes elements but keeps length 3
//	"[1 0 0 4 5]"         clear(s[1:3]) zeroes only elements 1 and 2 of the shared array
//	"[0 0] [0 0 3]"       clear(t[:2]) where t's cap is 3: element 2 (beyond the cleared
//	                      slice's length) keeps 3
//	"[  ] [<nil> <nil>]"  strings become "" and interfaces nil
//	"ok"                  clearing nil map and nil slice is a no-op and does not panic
package main

import (
	"fmt"
	"math"
)

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	before := len(m)
	clear(m)
	fmt.Println(before, len(m), m != nil)
	m["x"] = 1
	fmt.Println(m)
	nm := map[float64]int{}
	nm[math.NaN()] = 1
	nm[math.NaN()] = 2
	n1 := len(nm)
	clear(nm)
	fmt.Println(n1, len(nm))
	s := []int{1, 2, 3}
	clear(s)
	fmt.Println(s, len(s))
	full := []int{1, 2, 3, 4, 5}
	clear(full[1:3])
	fmt.Println(full)
	t := []int{1, 2, 3}
	u := t[:2]
	clear(u)
	fmt.Println(u, t)
	strs := []string{"a", "b", "c"}
	clear(strs)
	ifs := []interface{}{1, "x"}
	clear(ifs)
	fmt.Println(strs, ifs)
	var nilMap map[int]int
	var nilSlice []int
	clear(nilMap)
	clear(nilSlice)
	fmt.Println("ok")
}

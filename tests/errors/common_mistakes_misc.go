package main

import "fmt"

type T struct{ n int }

func (t *T) Inc() { t.n++ }

func shadowed() (x int, err error) {
	if x := 2; x > 1 {
		err := fmt.Errorf("e")
		_ = err
		return // ERROR "result parameter x not in scope at return\n\t.*inner declaration of var x int" "result parameter err not in scope at return\n\t.*inner declaration of var err error"
	}
	return 1, nil
}

func main() {
	m := map[string]T{}
	m["a"].Inc() // ERROR "cannot call pointer method Inc on T"
	s1, s2 := []int{}, []int{}
	fmt.Println(s1 == s2) // ERROR "invalid operation: s1 == s2 \(slice can only be compared to nil\)"
	str := "abc"
	str[0] = 'x'  // ERROR "cannot assign to str\[0\] \((value of type byte|neither addressable nor a map index expression)\)"
	p := &m["a"] // ERROR "invalid operation: cannot take address of m\[.a.\] \(map index expression of type T\)"
L: // ERROR "label L defined and not used"
	for {
		break
	}
	fmt.Println(p, shadowed)
}

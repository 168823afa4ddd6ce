package main

type S struct {
	items []int
}

func main() {
	a, b := []int{1}, []int{1}
	_ = a == b // ERROR "invalid operation: a == b \(slice can only be compared to nil\)"
	m1, m2 := map[int]int{}, map[int]int{}
	_ = m1 == m2 // ERROR "invalid operation: m1 == m2 \(map can only be compared to nil\)"
	f1, f2 := func() {}, func() {}
	_ = f1 == f2 // ERROR "invalid operation: f1 == f2 \(func can only be compared to nil\)"
	s1, s2 := S{}, S{}
	_ = s1 == s2 // ERROR "invalid operation: s1 == s2 \(struct containing \[\]int cannot be compared\)"
	_ = a == nil
	_ = a < b // ERROR "invalid operation: a < b \(operator < not defined on slice\)"
	p, q := &s1, &s2
	_ = p < q // ERROR "invalid operation: p < q \(operator < not defined on pointer\)"
}

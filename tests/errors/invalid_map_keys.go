package main

type K struct{ parts []string }

func main() {
	_ = map[[]int]bool{}         // ERROR "invalid map key type \[\]int"
	_ = map[func()]int{}         // ERROR "invalid map key type func\(\)"
	_ = map[K]int{}              // ERROR "invalid map key type K"
	_ = map[map[string]int]int{} // ERROR "invalid map key type map\[string\]int"
	_ = map[[2]int]int{}
	_ = map[interface{}]int{}
}

package main

func main() {
	s := []int{1}
	for a, b, c := range s { // ERROR "range clause permits at most two iteration variables|expect(ing|ed) at most 2 expressions"
		_, _ = a, b
	}
}

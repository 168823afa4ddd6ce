package main

func f() int { return 1 }

func main() {
	defer f       // ERROR "expression in defer must be function call"
	go f          // ERROR "expression in go must be function call"
	defer (f())   // ERROR "expression in defer must not be parenthesized"
	defer int(3)  // ERROR "defer requires function call, not conversion|defer discards result of int\(3\)"
	defer len("") // ERROR "defer discards result of len\(..\)"
}

package main

func main() {
	x := 1
	if x > 0 {
		x++
	}
	else { // ERROR "syntax error: (unexpected (keyword )?else|else must be followed by if or statement block)"
		x--
	}
}

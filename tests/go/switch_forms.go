package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	default:
		return "F"
	}
}

func kind(c byte) string {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ', '\t':
		return "space"
	}
	if c >= '0' && c <= '9' {
		return "digit"
	}
	return "consonant"
}

func fall(n int) []string {
	var out []string
	switch n {
	case 0:
		out = append(out, "zero")
		fallthrough
	case 1:
		out = append(out, "one-or-fell")
		fallthrough
	case 2:
		out = append(out, "two-or-fell")
	case 3:
		out = append(out, "three")
		fallthrough
	default:
		out = append(out, "default")
	}
	return out
}

func sideEffect(log *[]string, s string, v int) int {
	*log = append(*log, s)
	return v
}

func main() {
	for _, s := range []int{95, 85, 72, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	for _, c := range []byte("a1 z") {
		fmt.Print(kind(c), " ")
	}
	fmt.Println()
	for i := 0; i < 5; i++ {
		fmt.Println(i, fall(i))
	}
	// Init statement
	switch x := 5 * 2; {
	case x > 5:
		fmt.Println("big", x)
	default:
		fmt.Println("small", x)
	}
	switch y := 3; y {
	case 1, 2:
		fmt.Println("low")
	case 3:
		fmt.Println("three")
	}
	// Case expressions are evaluated in order, stopping at the first match.
	var log []string
	switch 2 {
	case sideEffect(&log, "a", 1), sideEffect(&log, "b", 2), sideEffect(&log, "c", 3):
		fmt.Println("matched")
	case sideEffect(&log, "d", 2):
	}
	fmt.Println(log)
	// Switch on strings and types of values.
	for _, cmd := range []string{"start", "stop", "pause", ""} {
		switch cmd {
		case "start":
			fmt.Println("starting")
		case "stop", "pause":
			fmt.Println("halting:", cmd)
		default:
			fmt.Printf("unknown %q\n", cmd)
		}
	}
	// Default in the middle still only taken if nothing matches.
	switch v := 7; v {
	default:
		fmt.Println("default")
	case 7:
		fmt.Println("seven")
	}
	// Empty switch
	switch {
	}
	fmt.Println("end")
}

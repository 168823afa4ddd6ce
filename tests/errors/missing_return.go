package main

func sign(x int) int {
	if x > 0 {
		return 1
	} else if x < 0 {
		return -1
	}
} // ERROR "missing return"

func loopBreak() int {
	for {
		break
	}
} // ERROR "missing return"

func switchNoDefault(x int) string {
	switch x {
	case 1:
		return "one"
	}
} // ERROR "missing return"

func okInfinite() int {
	for {
	}
}

func okPanic() int {
	panic("x")
}

func okSwitch(x int) int {
	switch {
	case x > 0:
		return 1
	default:
		return 0
	}
}

func empty() bool {
} // ERROR "missing return"

func main() {
	_, _, _ = sign(1), loopBreak(), switchNoDefault(1)
	_, _, _, _ = okInfinite, okPanic(), okSwitch(1), empty()
}

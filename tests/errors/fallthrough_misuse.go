package main

func main() {
	x := 1
	switch x {
	case 1:
		fallthrough
	case 2:
		if x > 0 {
			fallthrough // ERROR "fallthrough statement out of place"
		}
	case 3:
		fallthrough // ERROR "cannot fallthrough final case in switch"
	}
	var v interface{} = x
	switch v.(type) {
	case int:
		fallthrough // ERROR "cannot fallthrough in type switch|fallthrough statement out of place"
	case string:
	}
	for {
		fallthrough // ERROR "fallthrough statement out of place"
	}
}

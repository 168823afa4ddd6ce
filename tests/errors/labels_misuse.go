package main

func main() {
unused: // ERROR "label unused (defined|declared) and not used"
	for i := 0; i < 2; i++ {
		break missing // ERROR "(invalid break label|break label not defined:) missing"
	}
	goto nowhere // ERROR "label nowhere not defined"
	x := 1
outer:
	x++
	for {
		continue outer // ERROR "invalid continue label outer"
	}
}

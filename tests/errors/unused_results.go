package main

func value() int { return 1 }

func main() {
	x := 2
	x + 1      // ERROR "x \+ 1 \(value of type int\) is not used"
	value()
	x == 2     // ERROR "x == 2 \(untyped bool value\) is not used"
	"literal"  // ERROR ".literal. \(untyped string constant\) is not used"
	len("abc") // ERROR "len\(.abc.\) \(constant 3 of type int\) is not used"
	func() {}  // ERROR "func\(\) \{\} \(value of type func\(\)\) is not used|is not used"
}

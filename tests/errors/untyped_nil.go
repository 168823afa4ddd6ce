package main

func main() {
	x := nil // ERROR "use of untyped nil in (assignment|variable declaration)"
	var n int = nil // ERROR "cannot use nil as int value in variable declaration|cannot convert nil"
	var s string
	s = nil // ERROR "cannot use nil as string value in assignment|cannot convert nil"
	if nil == nil { // ERROR "invalid operation: nil == nil \(operator == not defined on (untyped )?nil\)"
	}
	var p *int = nil
	var sl []int = nil
	_, _, _, _, _ = x, n, s, p, sl
}

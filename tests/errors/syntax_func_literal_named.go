package main

var f = func named() {} // ERROR "syntax error: unexpected (name )?named, expect(ing|ed) \("

func main() {
}

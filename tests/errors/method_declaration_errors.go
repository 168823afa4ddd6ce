package main

type T struct{ f int }

func (t T) M()  {}
func (t *T) M() {} // ERROR "method T.M already declared|M redeclared"

func (n int) Double() int { return n * 2 } // ERROR "cannot define new methods on non-local type int"

type P *T

func (p P) Bad() {} // ERROR "invalid receiver type P \(pointer or interface type\)"

func (t T) f() {} // ERROR "field and method with the same name f"

func main() {}

package main

// A defined type whose declaration names another defined type still being declared: fine when
// a type literal with an indirection sits on the way, a cycle when only names (or values)
// connect them (Go 1.19 puts the next name on the next line).

type A B // ERROR "invalid recursive type A\n\t.*A refers to( B)?\n\t.*B refers to( A)?"
type B A

type C struct{ d D } // ERROR "invalid recursive type C\n\t.*C refers to( D)?\n\t.*D refers to( C)?"
type D C

type G [2]H // ERROR "invalid recursive type G\n\t.*G refers to( H)?\n\t.*H refers to( G)?"
type H G

type List struct{ next *Node }
type Node List

type T3 struct{ next *T4 }
type T4 T5
type T5 T6
type T6 T3

func main() {
	_ = Node{next: &Node{}}
	_ = T6{next: &T4{}}
}

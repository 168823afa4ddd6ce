package main

import "fmt"

// In the REPL the methods of T come input by input; here each stage is its own type: T0 (no
// methods yet), T1 (String returns "T(n)"), T (String redefined as "T<n>", then Inc, Double).
type T0 struct{ n int }

type T1 struct{ n int }

func (t T1) String() string { return fmt.Sprintf("T(%d)", t.n) }

type T struct{ n int }

func (t T) String() string { return fmt.Sprintf("T<%d>", t.n) }
func (t *T) Inc()          { t.n++ }
func (t T) Double() int    { return 2 * t.n }

type Incer interface{ Inc() }

type W0 struct{ T0 } // W before T had Double

type W struct{ T }

func main() {
	fmt.Println(T0{5})
	t1 := T1{5}
	var i1 interface{} = t1
	fmt.Println(t1)
	fmt.Println(i1)
	fmt.Printf("%v %s %d\n", t1, i1, t1)
	_, ok := i1.(fmt.Stringer)
	fmt.Println(ok)
	var s1 fmt.Stringer = t1
	fmt.Println(s1.String())
	t := T{5}
	var i interface{} = t
	var s fmt.Stringer = t
	fmt.Println(t, i, s)
	fmt.Println(s.String())
	t.Inc()
	fmt.Println(t)
	p := &t
	p.Inc()
	fmt.Println(p)
	var x interface{} = p
	_, ok = x.(Incer)
	fmt.Println(ok)
	_, ok = i.(Incer)
	fmt.Println(ok)
	switch v := x.(type) {
	case Incer:
		fmt.Println("incer", v)
	default:
		fmt.Println("other")
	}
	var xw0 interface{} = W0{T0{1}}
	_, ok = xw0.(interface{ Double() int })
	fmt.Println(ok)
	w := W{T{1}}
	var xw interface{} = w
	fmt.Println(w.Double())
	fmt.Println(xw.(interface{ Double() int }).Double())
	var xpw interface{} = &w
	xpw.(Incer).Inc()
	fmt.Println(w)
}

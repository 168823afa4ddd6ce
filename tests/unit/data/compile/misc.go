package main

import (
	"fmt"
	"strings"
)

type Animal interface {
	Sound() string
	Name() string
}

type Base struct{ name string }

func (b Base) Name() string { return b.name }

type Dog struct {
	Base
	loud bool
}

func (d *Dog) Sound() string {
	if d.loud {
		return "WOOF"
	}
	return "woof"
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Grid [3][3]int

func (g Grid) Sum() (s int) {
	for _, row := range g {
		for _, v := range row {
			s += v
		}
	}
	return
}

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func variadic(prefix string, xs ...int) string {
	parts := []string{}
	for _, x := range xs {
		parts = append(parts, fmt.Sprint(x))
	}
	return prefix + strings.Join(parts, ",")
}

func main() {
	var a Animal = &Dog{Base{"rex"}, true}
	fmt.Println(a.Name(), a.Sound())
	switch v := a.(type) {
	case *Dog:
		fmt.Println("dog", v.loud)
	default:
		fmt.Println("other")
	}
	var c fmt.Stringer = Celsius(21.5)
	fmt.Println(c)
	var g Grid
	g[1][1] = 5
	g[2][0] = 3
	fmt.Println(g.Sum(), g)
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(variadic("n:", 1, 2, 3), variadic("e:"), variadic("s:", []int{4, 5}...))
	var i8 int8 = 127
	i8++
	var u8 uint8 = 0
	u8--
	fmt.Println(i8, u8, -7/2, -7%2, 7>>1, -7>>1, uint32(1)<<31)
	s := "héllo, 世界"
	for i, r := range s {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println(len(s), []byte(s)[1], []rune(s)[1])
	bs := []byte("abc")
	bs = append(bs, "def"...)
	fmt.Println(string(bs), cap(bs) >= 6)
	sl := make([]int, 0)
	caps := []int{}
	for i := 0; i < 20; i++ {
		sl = append(sl, i)
		caps = append(caps, cap(sl))
	}
	fmt.Println(caps)
	m := map[string][]int{}
	m["a"] = append(m["a"], 1)
	m["a"] = append(m["a"], 2)
	delete(m, "zz")
	fmt.Println(m, len(m))
	x := []int{1, 2, 3, 4, 5}
	y := x[1:3]
	y = append(y, 99)
	fmt.Println(x, y, len(y), cap(y))
	z := x[1:2:3]
	fmt.Println(len(z), cap(z))
	n := copy(x, []int{7, 8})
	fmt.Println(n, x)
	type pair struct {
		a, b int
	}
	ps := map[pair]string{{1, 2}: "x"}
	fmt.Println(ps[pair{1, 2}], ps[pair{2, 1}] == "")
	var iface any = pair{1, 2}
	fmt.Println(iface == pair{1, 2}, iface == any(pair{2, 1}))
	lbl := 0
outer:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j == 3 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			lbl += j
		}
	}
	fmt.Println(lbl)
	k := 0
again:
	k++
	if k < 5 {
		goto again
	}
	fmt.Println(k)
	switch {
	case k > 3:
		fmt.Println("big")
		fallthrough
	case k > 100:
		fmt.Println("fell")
	default:
		fmt.Println("no")
	}
}

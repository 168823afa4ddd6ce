package main

import "fmt"

type S struct {
	A [3]int
	M map[string]int
}

func trace(name string, v int) int {
	fmt.Println("eval", name)
	return v
}

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }
func (c *Counter) Inc()    { c.n++ }

func named() (x int, err error) {
	defer func() {
		if r := recover(); r != nil {
			x = -1
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	x = 10
	panic("oops")
}

func deferOrder() (s string) {
	for i := 0; i < 3; i++ {
		defer func(n int) { s += fmt.Sprint(n) }(i)
	}
	return "r"
}

func multi() (int, string, bool) { return 1, "a", true }

func main() {
	arr := []int{0, 0, 0}
	i := 0
	i, arr[i] = 1, 9
	fmt.Println(i, arr)
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	x := []int{1, 2, 3}
	x[0], x[1], x[2] = x[2], x[0], x[1]
	fmt.Println(x)
	m := map[string]int{}
	m["a"] += trace("rhs", 5)
	fmt.Println(m)
	fmt.Println(trace("a", 1) + trace("b", 2)*trace("c", 3))
	s := S{M: map[string]int{}}
	s2 := s
	s2.A[0] = 1
	s2.M["k"] = 1
	fmt.Println(s.A, s.M, s2.A)
	arrs := [2][2]int{{1, 2}, {3, 4}}
	for _, row := range arrs {
		row[0] = 100
	}
	fmt.Println(arrs)
	for i := range arrs {
		arrs[i][0] = 100
	}
	fmt.Println(arrs)
	rangeArr := [3]int{1, 2, 3}
	for i, v := range rangeArr {
		rangeArr[2] = 10
		if i == 2 {
			fmt.Println("range copy v:", v)
		}
	}
	sl := []int{1, 2, 3}
	for i, v := range sl {
		sl[2] = 10
		if i == 2 {
			fmt.Println("range slice v:", v)
		}
	}
	c := Counter{5}
	get := c.Get
	inc := c.Inc
	inc()
	inc()
	fmt.Println(get(), c.n, c.Get())
	fget := Counter.Get
	finc := (*Counter).Inc
	finc(&c)
	fmt.Println(fget(c))
	fmt.Println(named())
	fmt.Println(deferOrder())
	n, str, ok := multi()
	fmt.Println(n, str, ok)
	fmt.Println(multi())
	var iface interface{} = c
	c.n = 99
	fmt.Println(iface.(Counter).n)
	ptrs := []*int{}
	for i := 0; i < 3; i++ {
		v := i
		ptrs = append(ptrs, &v)
	}
	for _, p := range ptrs {
		fmt.Print(*p)
	}
	fmt.Println()
	st := struct{ a, b int }{1, 2}
	pst := &st
	pst.a = 10
	(*pst).b = 20
	fmt.Println(st)
	var grid [3][3]string
	for r := 0; r < 3; r++ {
		for c := 0; c < 3; c++ {
			grid[r][c] = "."
		}
	}
	grid[1][1] = "X"
	for _, row := range grid {
		fmt.Println(row)
	}
	j := 0
	fns := []func(){}
	for j < 3 {
		k := j
		fns = append(fns, func() { fmt.Print(k) })
		j++
	}
	for _, f := range fns {
		f()
	}
	fmt.Println()
	sh := 1
	{
		sh := 2
		sh++
		_ = sh
	}
	if sh := 5; sh > 3 {
		fmt.Println("inner", sh)
	}
	fmt.Println("outer", sh)
	defer fmt.Println("deferred arg evaluated early:", sh)
	sh = 100
}

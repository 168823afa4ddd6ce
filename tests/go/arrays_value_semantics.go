package main

import "fmt"

type Board [3][3]byte

func (b Board) With(r, c int, v byte) Board {
	b[r][c] = v
	return b
}

func (b *Board) Set(r, c int, v byte) { b[r][c] = v }

func (b Board) String() string {
	s := ""
	for _, row := range b {
		for _, c := range row {
			if c == 0 {
				c = '.'
			}
			s += string(c)
		}
		s += "/"
	}
	return s
}

func main() {
	var b Board
	b2 := b.With(1, 1, 'X')
	fmt.Println(b, b2)
	b.Set(0, 0, 'O')
	fmt.Println(b, b2)
	history := []Board{b}
	b.Set(2, 2, 'X')
	history = append(history, b)
	fmt.Println(history)
	m := map[string][2]int{"a": {1, 2}}
	v := m["a"]
	v[0] = 100
	fmt.Println(m, v)
	ptrs := [3]*int{}
	x, y := 1, 2
	ptrs[0], ptrs[2] = &x, &y
	cp := ptrs
	*cp[0] = 10
	fmt.Println(x, ptrs[1] == nil, cp == ptrs)
	arrOfSlices := [2][]int{{1}, {2}}
	copyA := arrOfSlices
	copyA[0][0] = 99
	copyA[1] = []int{3}
	fmt.Println(arrOfSlices, copyA)
	fn := func(a [4]int) [4]int {
		for i := range a {
			a[i] *= 2
		}
		return a
	}
	orig := [4]int{1, 2, 3, 4}
	fmt.Println(fn(orig), orig)
}

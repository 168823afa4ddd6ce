package main

import (
	"fmt"
	"sort"
	"strings"
)

type Grid [][]rune

func NewGrid(rows, cols int, fill rune) Grid {
	g := make(Grid, rows)
	for i := range g {
		g[i] = make([]rune, cols)
		for j := range g[i] {
			g[i][j] = fill
		}
	}
	return g
}

func (g Grid) String() string {
	lines := make([]string, len(g))
	for i, row := range g {
		lines[i] = string(row)
	}
	return strings.Join(lines, "\n")
}

func transpose(m [][]int) [][]int {
	if len(m) == 0 {
		return nil
	}
	t := make([][]int, len(m[0]))
	for i := range t {
		t[i] = make([]int, len(m))
		for j := range m {
			t[i][j] = m[j][i]
		}
	}
	return t
}

func filter(xs []int, pred func(int) bool) []int {
	out := xs[:0]
	for _, x := range xs {
		if pred(x) {
			out = append(out, x)
		}
	}
	return out
}

func chunk(xs []string, n int) [][]string {
	var out [][]string
	for n < len(xs) {
		xs, out = xs[n:], append(out, xs[0:n:n])
	}
	return append(out, xs)
}

func removeAt(s []int, i int) []int {
	return append(s[:i], s[i+1:]...)
}

func insertAt(s []int, i, v int) []int {
	s = append(s, 0)
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

func main() {
	g := NewGrid(3, 5, '.')
	g[1][2] = '#'
	g[0][4] = '@'
	fmt.Println(g)
	fmt.Printf("%q\n", g[1])
	m := [][]int{{1, 2, 3}, {4, 5, 6}}
	fmt.Println(transpose(m), len(transpose(nil)))
	xs := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	ev := filter(xs, func(x int) bool { return x%2 == 0 })
	fmt.Println(ev, xs)
	fmt.Println(chunk([]string{"a", "b", "c", "d", "e"}, 2))
	s := []int{0, 1, 2, 3, 4}
	s = removeAt(s, 1)
	fmt.Println(s, len(s), cap(s))
	s = insertAt(s, 2, 99)
	fmt.Println(s, len(s), cap(s))
	a := make([]int, 3, 10)
	b := append(a, 1)
	c := append(a, 2)
	fmt.Println(b[3], c[3], len(a), len(b))
	d := a[1:2]
	fmt.Println(len(d), cap(d), d[:5])
	e := a[1:2:3]
	e = append(e, 7)
	e = append(e, 8)
	fmt.Println(a[:4], e)
	var nilS []int
	fmt.Println(nilS == nil, len(nilS), cap(nilS), append(nilS, 1))
	empty := []int{}
	fmt.Println(empty == nil, len(empty))
	fmt.Printf("%v %v %#v %#v\n", nilS, empty, nilS, empty)
	board := [3][3]int{}
	board[1][1] = 5
	cp := board
	cp[0][0] = 1
	fmt.Println(board, cp, board == cp)
	jag := [][]int{{1}, {2, 3}, {4, 5, 6}}
	total := 0
	for _, row := range jag {
		for _, v := range row {
			total += v
		}
	}
	fmt.Println(total, len(jag[2]))
	people := []struct {
		Name string
		Age  int
	}{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dan", 25}}
	sort.Slice(people, func(i, j int) bool {
		if people[i].Age != people[j].Age {
			return people[i].Age < people[j].Age
		}
		return people[i].Name > people[j].Name
	})
	fmt.Println(people)
	words := []string{"banana", "Apple", "cherry", "apple"}
	sort.Strings(words)
	fmt.Println(words, sort.StringsAreSorted(words))
	sort.Sort(sort.Reverse(sort.StringSlice(words)))
	fmt.Println(words)
	nums := []int{5, 2, 8, 1, 9}
	sort.Sort(sort.Reverse(sort.IntSlice(nums)))
	fmt.Println(nums)
	sort.Ints(nums)
	i := sort.SearchInts(nums, 8)
	j := sort.Search(len(nums), func(k int) bool { return nums[k] >= 6 })
	fmt.Println(nums, i, j, sort.SearchInts(nums, 3))
	fl := []float64{2.5, -1, 3.25}
	sort.Float64s(fl)
	fmt.Println(fl)
	bs := []byte("hello")
	bs = append(bs, " world"...)
	n := copy(bs, "J")
	fmt.Println(string(bs), n)
	rs := []rune("héllo")
	rs[1] = 'e'
	fmt.Println(string(rs), len("héllo"), len(rs))
	var arr [5]int
	sl := arr[1:3]
	sl[0] = 9
	fmt.Println(arr, len(sl), cap(sl))
	p := &arr
	p[4] = 4
	fmt.Println(arr, len(p))
	for i, v := range p {
		if v != 0 {
			fmt.Print(i, ":", v, " ")
		}
	}
	fmt.Println()
	matrix := make([][]float64, 2)
	for i := range matrix {
		matrix[i] = make([]float64, 2)
	}
	matrix[0][1] = 1.5
	fmt.Println(matrix)
	stack := []string{}
	stack = append(stack, "a", "b", "c")
	top := stack[len(stack)-1]
	stack = stack[:len(stack)-1]
	fmt.Println(top, stack)
	queue := []int{1, 2, 3}
	head := queue[0]
	queue = queue[1:]
	fmt.Println(head, queue)
	copy(queue, []int{7, 8, 9, 10})
	fmt.Println(queue)
	dup := append([]int(nil), queue...)
	dup[0] = 100
	fmt.Println(queue, dup)
	seen := map[int]bool{}
	uniq := []int{}
	for _, v := range []int{3, 1, 3, 2, 1} {
		if !seen[v] {
			seen[v] = true
			uniq = append(uniq, v)
		}
	}
	fmt.Println(uniq)
}

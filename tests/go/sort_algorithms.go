package main

import "fmt"

func insertion(a []int) {
	for i := 1; i < len(a); i++ {
		v := a[i]
		j := i - 1
		for j >= 0 && a[j] > v {
			a[j+1] = a[j]
			j--
		}
		a[j+1] = v
	}
}

func quick(a []int) {
	if len(a) < 2 {
		return
	}
	p := a[len(a)/2]
	l, r := 0, len(a)-1
	for l <= r {
		for a[l] < p {
			l++
		}
		for a[r] > p {
			r--
		}
		if l <= r {
			a[l], a[r] = a[r], a[l]
			l++
			r--
		}
	}
	quick(a[:r+1])
	quick(a[l:])
}

func merge(a []int) []int {
	if len(a) <= 1 {
		return a
	}
	m := len(a) / 2
	l, r := merge(a[:m]), merge(a[m:])
	out := make([]int, 0, len(a))
	i, j := 0, 0
	for i < len(l) && j < len(r) {
		if l[i] <= r[j] {
			out = append(out, l[i])
			i++
		} else {
			out = append(out, r[j])
			j++
		}
	}
	out = append(out, l[i:]...)
	return append(out, r[j:]...)
}

func heapSort(a []int) {
	n := len(a)
	sift := func(i, n int) {
		for {
			m := i
			if l := 2*i + 1; l < n && a[l] > a[m] {
				m = l
			}
			if r := 2*i + 2; r < n && a[r] > a[m] {
				m = r
			}
			if m == i {
				return
			}
			a[i], a[m] = a[m], a[i]
			i = m
		}
	}
	for i := n/2 - 1; i >= 0; i-- {
		sift(i, n)
	}
	for end := n - 1; end > 0; end-- {
		a[0], a[end] = a[end], a[0]
		sift(0, end)
	}
}

func counting(a []int, max int) []int {
	counts := make([]int, max+1)
	for _, v := range a {
		counts[v]++
	}
	out := a[:0:0]
	for v, c := range counts {
		for ; c > 0; c-- {
			out = append(out, v)
		}
	}
	return out
}

func gen(n int) []int {
	out := make([]int, n)
	x := uint32(7)
	for i := range out {
		x = x*1664525 + 1013904223
		out[i] = int(x>>8) % 1000
	}
	return out
}

func sorted(a []int) bool {
	for i := 1; i < len(a); i++ {
		if a[i-1] > a[i] {
			return false
		}
	}
	return true
}

func main() {
	data := gen(2000)
	fmt.Println(data[:10])
	a := append([]int(nil), data...)
	insertion(a)
	b := append([]int(nil), data...)
	quick(b)
	c := merge(append([]int(nil), data...))
	d := append([]int(nil), data...)
	heapSort(d)
	e := counting(data, 999)
	fmt.Println(sorted(a), sorted(b), sorted(c), sorted(d), sorted(e))
	same := true
	for i := range a {
		if a[i] != b[i] || b[i] != c[i] || c[i] != d[i] || d[i] != e[i] {
			same = false
		}
	}
	fmt.Println(same, a[:10], a[len(a)-5:], sorted(data))
}

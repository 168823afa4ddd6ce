package main

import (
	"fmt"
	"strings"
)

type BitSet struct{ words []uint64 }

func (b *BitSet) Set(i int) {
	for i/64 >= len(b.words) {
		b.words = append(b.words, 0)
	}
	b.words[i/64] |= 1 << uint(i%64)
}

func (b *BitSet) Clear(i int) {
	if i/64 < len(b.words) {
		b.words[i/64] &^= 1 << uint(i%64)
	}
}

func (b *BitSet) Has(i int) bool {
	return i/64 < len(b.words) && b.words[i/64]&(1<<uint(i%64)) != 0
}

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func (b *BitSet) Count() int {
	n := 0
	for _, w := range b.words {
		n += popcount(w)
	}
	return n
}

func (b *BitSet) Union(o *BitSet) *BitSet {
	r := &BitSet{}
	for i := 0; i < len(b.words) || i < len(o.words); i++ {
		var x, y uint64
		if i < len(b.words) {
			x = b.words[i]
		}
		if i < len(o.words) {
			y = o.words[i]
		}
		r.words = append(r.words, x|y)
	}
	return r
}

func (b *BitSet) Intersect(o *BitSet) *BitSet {
	r := &BitSet{}
	for i := 0; i < len(b.words) && i < len(o.words); i++ {
		r.words = append(r.words, b.words[i]&o.words[i])
	}
	return r
}

func (b *BitSet) String() string {
	var parts []string
	for i := 0; i < len(b.words)*64; i++ {
		if b.Has(i) {
			parts = append(parts, fmt.Sprint(i))
		}
	}
	return "{" + strings.Join(parts, " ") + "}"
}

func main() {
	a, b := &BitSet{}, &BitSet{}
	for i := 0; i < 200; i += 7 {
		a.Set(i)
	}
	for i := 0; i < 200; i += 5 {
		b.Set(i)
	}
	fmt.Println(a.Count(), b.Count(), len(a.words))
	fmt.Println(a.Intersect(b))
	u := a.Union(b)
	fmt.Println(u.Count())
	a.Clear(70)
	a.Clear(1000)
	fmt.Println(a.Has(70), a.Has(63), a.Has(64), a.Has(5000))
	fmt.Printf("%064b\n", a.words[0])
	fmt.Println(popcount(^uint64(0)), popcount(0x8000000000000001))
}

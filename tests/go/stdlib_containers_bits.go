package main

import (
	"container/heap"
	"container/list"
	"container/ring"
	"encoding/hex"
	"fmt"
	"math/bits"
	"path"
	"unicode/utf16"
)

type Item struct {
	value    string
	priority int
	index    int
}

type PQ []*Item

func (pq PQ) Len() int            { return len(pq) }
func (pq PQ) Less(i, j int) bool  { return pq[i].priority > pq[j].priority }
func (pq PQ) Swap(i, j int)       { pq[i], pq[j] = pq[j], pq[i]; pq[i].index = i; pq[j].index = j }
func (pq *PQ) Push(x interface{}) { it := x.(*Item); it.index = len(*pq); *pq = append(*pq, it) }
func (pq *PQ) Pop() interface{} {
	old := *pq
	n := len(old)
	it := old[n-1]
	*pq = old[:n-1]
	return it
}

type IntHeap []int

func (h IntHeap) Len() int            { return len(h) }
func (h IntHeap) Less(i, j int) bool  { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x interface{}) { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() interface{} {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}

func main() {
	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 3)
	heap.Push(h, 1)
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()
	pq := PQ{}
	for i, w := range []string{"banana", "apple", "pear", "kiwi"} {
		heap.Push(&pq, &Item{value: w, priority: (i * 7) % 5})
	}
	it := pq[len(pq)-1]
	it.priority = 10
	heap.Fix(&pq, it.index)
	for pq.Len() > 0 {
		x := heap.Pop(&pq).(*Item)
		fmt.Print(x.value, ":", x.priority, " ")
	}
	fmt.Println()

	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	l.MoveToBack(e1)
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	l.Remove(e4)
	fmt.Println(l.Len(), l.Front().Value, l.Back().Value)

	r := ring.New(5)
	for i := 0; i < r.Len(); i++ {
		r.Value = i * i
		r = r.Next()
	}
	r.Do(func(p interface{}) { fmt.Print(p, " ") })
	fmt.Println(r.Move(2).Value, r.Prev().Value)

	fmt.Println(bits.OnesCount(255), bits.LeadingZeros64(1), bits.TrailingZeros32(8), bits.Len(1023), bits.Reverse8(1), bits.RotateLeft8(1, 3), bits.ReverseBytes16(0x1234))
	hi, lo := bits.Mul64(1<<63, 4)
	sum, carry := bits.Add64(1<<63, 1<<63, 1)
	q, rem := bits.Div64(1, 0, 3)
	fmt.Println(hi, lo, sum, carry, q, rem, bits.UintSize)
	defer func() { fmt.Println("recovered:", recover()) }()

	fmt.Println(utf16.Encode([]rune("a😀é")), string(utf16.Decode([]uint16{0x61, 0xd83d, 0xde00})), utf16.IsSurrogate(0xd800))
	r1, r2 := utf16.EncodeRune('😀')
	fmt.Printf("%x %x %c\n", r1, r2, utf16.DecodeRune(r1, r2))

	enc := hex.EncodeToString([]byte("Hello, Gopher"))
	dec, err := hex.DecodeString(enc)
	fmt.Println(enc, string(dec), err)
	_, err = hex.DecodeString("zz")
	fmt.Println(err)
	_, err = hex.DecodeString("abc")
	fmt.Println(err)
	fmt.Print(hex.Dump([]byte("0123456789abcdefXYZ")))

	fmt.Println(path.Join("a", "b/../c", "/d"), path.Base("/x/y.go"), path.Ext("f.tar.gz"), path.Dir("/a/b/c"), path.Clean("a//b/./c/.."), path.IsAbs("/x"))
	m, err := path.Match("*.go", "main.go")
	fmt.Println(m, err)
	dir, file := path.Split("static/css/site.css")
	fmt.Println(dir, file)

	bits.Div64(5, 0, 3)
}

package main

import (
	"errors"
	"fmt"
)

var ErrFull = errors.New("ring buffer full")
var ErrEmpty = errors.New("ring buffer empty")

type Ring struct {
	buf        []int
	head, size int
}

func NewRing(n int) *Ring { return &Ring{buf: make([]int, n)} }

func (r *Ring) Push(v int) error {
	if r.size == len(r.buf) {
		return ErrFull
	}
	r.buf[(r.head+r.size)%len(r.buf)] = v
	r.size++
	return nil
}

func (r *Ring) Overwrite(v int) {
	if r.size == len(r.buf) {
		r.buf[r.head] = v
		r.head = (r.head + 1) % len(r.buf)
		return
	}
	r.Push(v)
}

func (r *Ring) Pop() (int, error) {
	if r.size == 0 {
		return 0, ErrEmpty
	}
	v := r.buf[r.head]
	r.head = (r.head + 1) % len(r.buf)
	r.size--
	return v, nil
}

func (r *Ring) Items() []int {
	out := make([]int, r.size)
	for i := range out {
		out[i] = r.buf[(r.head+i)%len(r.buf)]
	}
	return out
}

type MovingAverage struct {
	r   *Ring
	sum int
}

func (m *MovingAverage) Add(v int) float64 {
	if m.r.size == len(m.r.buf) {
		old, _ := m.r.Pop()
		m.sum -= old
	}
	m.r.Push(v)
	m.sum += v
	return float64(m.sum) / float64(m.r.size)
}

func main() {
	r := NewRing(3)
	for i := 1; i <= 4; i++ {
		fmt.Println("push", i, r.Push(i))
	}
	fmt.Println(r.Items())
	v, err := r.Pop()
	fmt.Println(v, err, r.Items())
	r.Push(5)
	r.Overwrite(6)
	fmt.Println(r.Items(), r.head)
	for {
		v, err := r.Pop()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Print(v, " ")
	}
	ma := &MovingAverage{r: NewRing(3)}
	for _, x := range []int{10, 20, 30, 40, 50, 5} {
		fmt.Printf("%.2f ", ma.Add(x))
	}
	fmt.Println()
}

package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Stack struct{ data []rune }

func (s *Stack) Push(r rune) { s.data = append(s.data, r) }
func (s *Stack) Pop() (rune, bool) {
	if len(s.data) == 0 {
		return 0, false
	}
	r := s.data[len(s.data)-1]
	s.data = s.data[:len(s.data)-1]
	return r, true
}

func balanced(s string) (bool, int) {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var st Stack
	for i, r := range s {
		switch r {
		case '(', '[', '{':
			st.Push(r)
		case ')', ']', '}':
			top, ok := st.Pop()
			if !ok || top != pairs[r] {
				return false, i
			}
		}
	}
	return len(st.data) == 0, len(s)
}

type Queue struct {
	in, out []string
}

func (q *Queue) Enqueue(s string) { q.in = append(q.in, s) }
func (q *Queue) Dequeue() (string, bool) {
	if len(q.out) == 0 {
		for len(q.in) > 0 {
			n := len(q.in) - 1
			q.out = append(q.out, q.in[n])
			q.in = q.in[:n]
		}
	}
	if len(q.out) == 0 {
		return "", false
	}
	n := len(q.out) - 1
	s := q.out[n]
	q.out = q.out[:n]
	return s, true
}

func rpn(expr string) (int, error) {
	var st []int
	for _, tok := range strings.Fields(expr) {
		switch tok {
		case "+", "-", "*":
			if len(st) < 2 {
				return 0, fmt.Errorf("stack underflow at %q", tok)
			}
			b, a := st[len(st)-1], st[len(st)-2]
			st = st[:len(st)-2]
			switch tok {
			case "+":
				st = append(st, a+b)
			case "-":
				st = append(st, a-b)
			case "*":
				st = append(st, a*b)
			}
		default:
			n, err := strconv.Atoi(tok)
			if err != nil {
				return 0, fmt.Errorf("bad token %q", tok)
			}
			st = append(st, n)
		}
	}
	if len(st) != 1 {
		return 0, fmt.Errorf("%d values left", len(st))
	}
	return st[0], nil
}

func main() {
	for _, s := range []string{"([]{})", "([)]", "((", "", "{[()()]}x", ")"} {
		fmt.Println(balanced(s))
	}
	var q Queue
	q.Enqueue("a")
	q.Enqueue("b")
	v, _ := q.Dequeue()
	q.Enqueue("c")
	fmt.Print(v, " ")
	for {
		v, ok := q.Dequeue()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	for _, e := range []string{"3 4 + 2 *", "5 1 2 + 4 * + 3 -", "1 +", "1 2", "2 x *"} {
		fmt.Println(rpn(e))
	}
}

package main

import (
	"fmt"
	"strings"
)

type node struct {
	val        int
	prev, next *node
}

type List struct {
	head, tail *node
	size       int
}

func (l *List) PushBack(v int) {
	n := &node{val: v, prev: l.tail}
	if l.tail == nil {
		l.head = n
	} else {
		l.tail.next = n
	}
	l.tail = n
	l.size++
}

func (l *List) PushFront(v int) {
	n := &node{val: v, next: l.head}
	if l.head == nil {
		l.tail = n
	} else {
		l.head.prev = n
	}
	l.head = n
	l.size++
}

func (l *List) Remove(n *node) {
	if n.prev != nil {
		n.prev.next = n.next
	} else {
		l.head = n.next
	}
	if n.next != nil {
		n.next.prev = n.prev
	} else {
		l.tail = n.prev
	}
	l.size--
}

func (l *List) Reverse() {
	for n := l.head; n != nil; n = n.prev {
		n.prev, n.next = n.next, n.prev
	}
	l.head, l.tail = l.tail, l.head
}

func (l *List) String() string {
	var parts []string
	for n := l.head; n != nil; n = n.next {
		parts = append(parts, fmt.Sprint(n.val))
	}
	return "[" + strings.Join(parts, " <-> ") + "]"
}

func main() {
	l := &List{}
	for i := 1; i <= 5; i++ {
		l.PushBack(i)
	}
	l.PushFront(0)
	fmt.Println(l, l.size)
	for n := l.head; n != nil; {
		next := n.next
		if n.val%2 == 1 {
			l.Remove(n)
		}
		n = next
	}
	fmt.Println(l, l.size)
	l.Reverse()
	fmt.Println(l)
	fmt.Println(l.head.val, l.tail.val)
	var empty List
	fmt.Println(&empty, empty.size)
}

package main

import (
	"fmt"
	"strings"
)

type Tree struct {
	root *node
	size int
}

type node struct {
	key         int
	left, right *node
}

func (t *Tree) Insert(k int) bool {
	p := &t.root
	for *p != nil {
		switch {
		case k < (*p).key:
			p = &(*p).left
		case k > (*p).key:
			p = &(*p).right
		default:
			return false
		}
	}
	*p = &node{key: k}
	t.size++
	return true
}

func (t *Tree) Contains(k int) bool {
	n := t.root
	for n != nil {
		if k == n.key {
			return true
		} else if k < n.key {
			n = n.left
		} else {
			n = n.right
		}
	}
	return false
}

func deleteNode(n *node, k int) (*node, bool) {
	if n == nil {
		return nil, false
	}
	var ok bool
	switch {
	case k < n.key:
		n.left, ok = deleteNode(n.left, k)
	case k > n.key:
		n.right, ok = deleteNode(n.right, k)
	default:
		ok = true
		if n.left == nil {
			return n.right, true
		}
		if n.right == nil {
			return n.left, true
		}
		m := n.right
		for m.left != nil {
			m = m.left
		}
		n.key = m.key
		n.right, _ = deleteNode(n.right, m.key)
	}
	return n, ok
}

func (t *Tree) Delete(k int) bool {
	var ok bool
	t.root, ok = deleteNode(t.root, k)
	if ok {
		t.size--
	}
	return ok
}

func (t *Tree) InOrder(visit func(int)) {
	var walk func(*node)
	walk = func(n *node) {
		if n != nil {
			walk(n.left)
			visit(n.key)
			walk(n.right)
		}
	}
	walk(t.root)
}

func height(n *node) int {
	if n == nil {
		return 0
	}
	l, r := height(n.left), height(n.right)
	if l > r {
		return l + 1
	}
	return r + 1
}

func draw(n *node, prefix string, sb *strings.Builder) {
	if n == nil {
		return
	}
	draw(n.right, prefix+"    ", sb)
	sb.WriteString(fmt.Sprintf("%s%d\n", prefix, n.key))
	draw(n.left, prefix+"    ", sb)
}

func main() {
	t := &Tree{}
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30} {
		if !t.Insert(k) {
			fmt.Println("duplicate", k)
		}
	}
	var keys []int
	t.InOrder(func(k int) { keys = append(keys, k) })
	fmt.Println(keys, t.size, height(t.root))
	fmt.Println(t.Contains(45), t.Contains(55))
	var sb strings.Builder
	draw(t.root, "", &sb)
	fmt.Print(sb.String())
	for _, k := range []int{20, 30, 50, 99} {
		fmt.Println("delete", k, t.Delete(k))
	}
	keys = keys[:0]
	t.InOrder(func(k int) { keys = append(keys, k) })
	fmt.Println(keys, t.size, height(t.root), t.root.key)
}

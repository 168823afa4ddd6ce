package main

import (
	"fmt"
	"sort"
	"strings"
)

type Trie struct {
	children map[rune]*Trie
	terminal bool
	count    int
}

func NewTrie() *Trie { return &Trie{children: map[rune]*Trie{}} }

func (t *Trie) Insert(w string) {
	n := t
	for _, r := range w {
		c, ok := n.children[r]
		if !ok {
			c = NewTrie()
			n.children[r] = c
		}
		c.count++
		n = c
	}
	n.terminal = true
}

func (t *Trie) find(prefix string) *Trie {
	n := t
	for _, r := range prefix {
		n = n.children[r]
		if n == nil {
			return nil
		}
	}
	return n
}

func (t *Trie) Complete(prefix string, limit int) []string {
	n := t.find(prefix)
	if n == nil {
		return nil
	}
	var out []string
	var walk func(*Trie, []rune)
	walk = func(n *Trie, acc []rune) {
		if len(out) >= limit {
			return
		}
		if n.terminal {
			out = append(out, prefix+string(acc))
		}
		keys := make([]rune, 0, len(n.children))
		for r := range n.children {
			keys = append(keys, r)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		for _, r := range keys {
			walk(n.children[r], append(acc, r))
		}
	}
	walk(n, nil)
	return out
}

func (t *Trie) CountPrefix(p string) int {
	if n := t.find(p); n != nil {
		return n.count
	}
	return 0
}

func main() {
	t := NewTrie()
	for _, w := range strings.Fields("car cart carbon care careful cat catalog dog dot dote über übel") {
		t.Insert(w)
	}
	for _, p := range []string{"car", "ca", "do", "x", "üb", ""} {
		fmt.Printf("%q %d %v\n", p, t.CountPrefix(p), t.Complete(p, 4))
	}
}

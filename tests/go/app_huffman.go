package main

import (
	"fmt"
	"sort"
	"strings"
)

type hnode struct {
	sym         rune
	freq        int
	order       int
	left, right *hnode
}

func build(text string) *hnode {
	freq := map[rune]int{}
	for _, r := range text {
		freq[r]++
	}
	var nodes []*hnode
	for r, f := range freq {
		nodes = append(nodes, &hnode{sym: r, freq: f})
	}
	// Deterministic: sort by (freq, symbol) and break ties by creation order.
	sort.Slice(nodes, func(i, j int) bool {
		if nodes[i].freq != nodes[j].freq {
			return nodes[i].freq < nodes[j].freq
		}
		return nodes[i].sym < nodes[j].sym
	})
	for i, n := range nodes {
		n.order = i
	}
	next := len(nodes)
	for len(nodes) > 1 {
		a, b := nodes[0], nodes[1]
		nodes = nodes[2:]
		m := &hnode{freq: a.freq + b.freq, left: a, right: b, order: next}
		next++
		i := sort.Search(len(nodes), func(i int) bool {
			return nodes[i].freq > m.freq
		})
		nodes = append(nodes, nil)
		copy(nodes[i+1:], nodes[i:])
		nodes[i] = m
	}
	return nodes[0]
}

func codes(n *hnode, prefix string, out map[rune]string) {
	if n.left == nil {
		if prefix == "" {
			prefix = "0"
		}
		out[n.sym] = prefix
		return
	}
	codes(n.left, prefix+"0", out)
	codes(n.right, prefix+"1", out)
}

func decode(root *hnode, bits string) string {
	var sb strings.Builder
	n := root
	for _, b := range bits {
		if b == '0' {
			n = n.left
		} else {
			n = n.right
		}
		if n.left == nil {
			sb.WriteRune(n.sym)
			n = root
		}
	}
	return sb.String()
}

func main() {
	text := "this is an example of a huffman tree"
	root := build(text)
	table := map[rune]string{}
	codes(root, "", table)
	syms := make([]rune, 0, len(table))
	for r := range table {
		syms = append(syms, r)
	}
	sort.Slice(syms, func(i, j int) bool { return syms[i] < syms[j] })
	for _, r := range syms {
		fmt.Printf("%q %s\n", r, table[r])
	}
	var enc strings.Builder
	for _, r := range text {
		enc.WriteString(table[r])
	}
	bits := enc.String()
	fmt.Println(len(bits), "bits vs", len(text)*8)
	fmt.Println(decode(root, bits) == text)
}

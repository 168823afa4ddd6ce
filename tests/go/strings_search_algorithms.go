package main

import (
	"fmt"
	"strings"
)

func kmpTable(p string) []int {
	t := make([]int, len(p))
	k := 0
	for i := 1; i < len(p); i++ {
		for k > 0 && p[i] != p[k] {
			k = t[k-1]
		}
		if p[i] == p[k] {
			k++
		}
		t[i] = k
	}
	return t
}

func kmpSearch(text, p string) []int {
	if p == "" {
		return nil
	}
	t := kmpTable(p)
	var hits []int
	k := 0
	for i := 0; i < len(text); i++ {
		for k > 0 && text[i] != p[k] {
			k = t[k-1]
		}
		if text[i] == p[k] {
			k++
		}
		if k == len(p) {
			hits = append(hits, i-k+1)
			k = t[k-1]
		}
	}
	return hits
}

func naive(text, p string) []int {
	var hits []int
	for i := 0; i+len(p) <= len(text); i++ {
		if text[i:i+len(p)] == p {
			hits = append(hits, i)
		}
	}
	return hits
}

func rabinKarp(text, p string) []int {
	const b, mod = 256, 1000000007
	n, m := len(text), len(p)
	if m > n {
		return nil
	}
	var hp, ht, pow uint64 = 0, 0, 1
	for i := 0; i < m; i++ {
		hp = (hp*b + uint64(p[i])) % mod
		ht = (ht*b + uint64(text[i])) % mod
		if i > 0 {
			pow = pow * b % mod
		}
	}
	var hits []int
	for i := 0; ; i++ {
		if hp == ht && text[i:i+m] == p {
			hits = append(hits, i)
		}
		if i+m >= n {
			break
		}
		ht = (ht + mod - uint64(text[i])*pow%mod) % mod
		ht = (ht*b + uint64(text[i+m])) % mod
	}
	return hits
}

func main() {
	text := "abababcabababcababab abc ababab"
	for _, p := range []string{"abab", "abc", "x", "ababab", "b"} {
		k, n, r := kmpSearch(text, p), naive(text, p), rabinKarp(text, p)
		fmt.Println(p, k, fmt.Sprint(k) == fmt.Sprint(n), fmt.Sprint(k) == fmt.Sprint(r), strings.Count(text, p))
	}
	fmt.Println(kmpTable("aabaaab"), kmpTable("abcabcd"))
	fmt.Println(strings.Index(text, "cab"), strings.LastIndex(text, "cab"))
}

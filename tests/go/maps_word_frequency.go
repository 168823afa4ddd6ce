package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was the spring
of hope, it was the winter of despair.`

type wordCount struct {
	word  string
	count int
}

func main() {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r)
	})
	freq := make(map[string]int)
	for _, w := range words {
		freq[w]++
	}
	fmt.Println("words:", len(words), "distinct:", len(freq))
	var list []wordCount
	for w, c := range freq {
		list = append(list, wordCount{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].word < list[j].word
	})
	for _, wc := range list[:8] {
		fmt.Printf("%-8s %3d %s\n", wc.word, wc.count, strings.Repeat("*", wc.count))
	}
	byLen := map[int]int{}
	for w := range freq {
		byLen[len(w)]++
	}
	fmt.Println(byLen)
	letters := map[rune]int{}
	for _, r := range text {
		if unicode.IsLetter(r) {
			letters[unicode.ToLower(r)]++
		}
	}
	fmt.Println(len(letters), letters['e'], letters['t'], letters['z'])
}

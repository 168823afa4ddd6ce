package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type byLen []string

func (s byLen) Len() int           { return len(s) }
func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

type Person struct {
	Name string
	Age  int
}

func main() {
	ints := []int{5, 2, 6, 3, 1, 4, -7, 0, 100, 2}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints), sort.SearchInts(ints, 3), sort.SearchInts(ints, 50))
	strs := []string{"peach", "banana", "kiwi", "apple", "Banana", ""}
	sort.Strings(strs)
	fmt.Printf("%q %v %d\n", strs, sort.StringsAreSorted(strs), sort.SearchStrings(strs, "kiwi"))
	fl := []float64{2.5, math.NaN(), -1, math.Inf(1), 0, math.Inf(-1), 1e-9}
	sort.Float64s(fl)
	fmt.Println(fl, sort.Float64sAreSorted(fl))

	words := byLen{"banana", "kiwi", "apple", "fig", "cherry", "date"}
	sort.Sort(words)
	fmt.Println(words)
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
	sort.Stable(words)
	fmt.Println(words)

	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dave", 25}, {"Eve", 35}, {"Frank", 30}, {"Grace", 25}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	sort.Slice(people, func(i, j int) bool { return people[i].Name > people[j].Name })
	fmt.Println(people, sort.SliceIsSorted(people, func(i, j int) bool { return people[i].Name > people[j].Name }))

	// Many equal keys: the unstable order is Go's pdqsort order.
	big := make([]Person, 60)
	for i := range big {
		big[i] = Person{fmt.Sprintf("p%02d", i), (i * 7) % 5}
	}
	sort.Slice(big, func(i, j int) bool { return big[i].Age < big[j].Age })
	var names []string
	for _, p := range big {
		names = append(names, p.Name)
	}
	fmt.Println(strings.Join(names, " "))

	idx := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(idx)
	i, found := sort.Find(len(strs), func(i int) int { return strings.Compare("kiwi", strs[i]) })
	fmt.Println(i, found)
	x := sort.StringSlice{"c", "a", "b"}
	x.Sort()
	fmt.Println(x, x.Search("b"), sort.IsSorted(x))
	f := sort.Float64Slice{3, 1, 2}
	sort.Sort(f)
	fmt.Println(f)
}

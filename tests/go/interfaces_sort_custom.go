package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

type byName struct{ ByAge }

func (b byName) Less(i, j int) bool { return b.ByAge[i].Name < b.ByAge[j].Name }

func main() {
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dave", 20}, {"Eve", 28}}
	sort.Sort(ByAge(people))
	fmt.Println(people)
	sort.Sort(byName{people})
	fmt.Println(people)
	sort.Sort(sort.Reverse(ByAge(people)))
	fmt.Println(people)
	fmt.Println(sort.IsSorted(ByAge(people)), sort.IsSorted(sort.Reverse(ByAge(people))))
	var iface sort.Interface = ByAge(people)
	fmt.Println(iface.Len(), iface.Less(0, 1))
}

package main

import (
	"fmt"
	"sort"
)

type Stats struct {
	Count int
	Sum   float64
}

func (s Stats) Mean() float64 {
	if s.Count == 0 {
		return 0
	}
	return s.Sum / float64(s.Count)
}

func main() {
	// Map values are not addressable: read, modify, write back.
	m := map[string]Stats{}
	data := []struct {
		k string
		v float64
	}{{"a", 1}, {"b", 2}, {"a", 3}, {"c", 4}, {"a", 5}, {"b", 6}}
	for _, d := range data {
		s := m[d.k]
		s.Count++
		s.Sum += d.v
		m[d.k] = s
	}
	fmt.Println(m)
	// Map of pointers can be updated in place.
	pm := map[string]*Stats{}
	for _, d := range data {
		if pm[d.k] == nil {
			pm[d.k] = &Stats{}
		}
		pm[d.k].Count++
		pm[d.k].Sum += d.v
	}
	keys := make([]string, 0, len(pm))
	for k := range pm {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s %+v %.2f\n", k, *pm[k], pm[k].Mean())
	}
	// Slice of structs: range value is a copy.
	ss := []Stats{{1, 1}, {2, 4}}
	for _, s := range ss {
		s.Count = 100
	}
	fmt.Println(ss)
	for i := range ss {
		ss[i].Count = 100
	}
	fmt.Println(ss)
	// Pointer to slice element stays valid until reallocation.
	p := &ss[0]
	p.Sum = -1
	fmt.Println(ss[0])
	ss = append(ss, Stats{})
	p.Sum = -2 // may refer to the old array now
	fmt.Println(len(ss), ss[2])
	// Array of structs in a struct
	type Team struct {
		Name    string
		Members [3]Stats
	}
	t1 := Team{Name: "x"}
	t1.Members[1].Count = 5
	t2 := t1
	t2.Members[1].Count = 6
	fmt.Println(t1.Members[1].Count, t2.Members[1].Count, t1 == t2)
}

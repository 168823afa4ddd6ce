package main

import (
	"fmt"
	"sort"
)

type Interval struct{ Lo, Hi int }

func merge(in []Interval) []Interval {
	if len(in) == 0 {
		return nil
	}
	s := append([]Interval(nil), in...)
	sort.Slice(s, func(i, j int) bool {
		if s[i].Lo != s[j].Lo {
			return s[i].Lo < s[j].Lo
		}
		return s[i].Hi < s[j].Hi
	})
	out := []Interval{s[0]}
	for _, iv := range s[1:] {
		last := &out[len(out)-1]
		if iv.Lo <= last.Hi {
			if iv.Hi > last.Hi {
				last.Hi = iv.Hi
			}
		} else {
			out = append(out, iv)
		}
	}
	return out
}

func gaps(merged []Interval, lo, hi int) []Interval {
	var out []Interval
	cur := lo
	for _, iv := range merged {
		if iv.Lo > cur {
			out = append(out, Interval{cur, iv.Lo})
		}
		if iv.Hi > cur {
			cur = iv.Hi
		}
	}
	if cur < hi {
		out = append(out, Interval{cur, hi})
	}
	return out
}

func maxOverlap(in []Interval) (int, int) {
	type ev struct{ t, d int }
	var evs []ev
	for _, iv := range in {
		evs = append(evs, ev{iv.Lo, 1}, ev{iv.Hi, -1})
	}
	sort.Slice(evs, func(i, j int) bool {
		if evs[i].t != evs[j].t {
			return evs[i].t < evs[j].t
		}
		return evs[i].d < evs[j].d
	})
	cur, best, at := 0, 0, 0
	for _, e := range evs {
		cur += e.d
		if cur > best {
			best, at = cur, e.t
		}
	}
	return best, at
}

func main() {
	meetings := []Interval{{9, 10}, {13, 15}, {9, 12}, {14, 16}, {18, 19}, {11, 12}, {16, 17}}
	m := merge(meetings)
	fmt.Println(m)
	fmt.Println(gaps(m, 8, 20))
	fmt.Println(maxOverlap(meetings))
	fmt.Println(merge(nil), merge([]Interval{{1, 5}, {2, 3}}), merge([]Interval{{1, 2}, {2, 3}}))
}

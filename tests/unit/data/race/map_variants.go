package main

import "fmt"

type pt struct{ x, y int32 }

func main() {
	ms := map[string]int{"a": 1}
	mi := map[int]int{1: 1}
	m32 := map[int32]int{1: 1}
	k, k2 := new(int), new(int)
	mp := map[*int]int{k: 1}
	mf := map[float64]int{1.5: 1}
	mpt := map[pt]int{{1, 2}: 1}
	big := map[int][20]int{1: {}}
	done := make(chan bool)
	go func() {
		delete(ms, "a")
		delete(mi, 1)
		delete(m32, 1)
		delete(mp, k)
		delete(mf, 1.5)
		delete(mpt, pt{1, 2})
		delete(big, 1)
		done <- true
	}()
	a := ms["a"]
	_, b := mi[1]
	m32[2] = 1
	mp[k2] = 1
	c := mf[1.5]
	_, d := mpt[pt{1, 2}]
	big[2] = [20]int{}
	<-done
	fmt.Println(a, b, c, d)
}

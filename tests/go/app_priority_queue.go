package main

import "fmt"

// A binary min-heap written inline (the shape of container/heap).
type Item struct {
	value    string
	priority int
	index    int
}

type PQ []*Item

func (pq PQ) less(i, j int) bool {
	if pq[i].priority != pq[j].priority {
		return pq[i].priority < pq[j].priority
	}
	return pq[i].value < pq[j].value
}

func (pq PQ) swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}

func (pq PQ) up(j int) {
	for {
		i := (j - 1) / 2
		if i == j || !pq.less(j, i) {
			break
		}
		pq.swap(i, j)
		j = i
	}
}

func (pq PQ) down(i0, n int) bool {
	i := i0
	for {
		j1 := 2*i + 1
		if j1 >= n || j1 < 0 {
			break
		}
		j := j1
		if j2 := j1 + 1; j2 < n && pq.less(j2, j1) {
			j = j2
		}
		if !pq.less(j, i) {
			break
		}
		pq.swap(i, j)
		i = j
	}
	return i > i0
}

func (pq *PQ) Push(it *Item) {
	it.index = len(*pq)
	*pq = append(*pq, it)
	pq.up(len(*pq) - 1)
}

func (pq *PQ) Pop() *Item {
	old := *pq
	n := len(old) - 1
	old.swap(0, n)
	old.down(0, n)
	it := old[n]
	old[n] = nil
	it.index = -1
	*pq = old[:n]
	return it
}

func (pq *PQ) Update(it *Item, priority int) {
	it.priority = priority
	if !pq.down(it.index, len(*pq)) {
		pq.up(it.index)
	}
}

func main() {
	pq := &PQ{}
	items := map[string]*Item{}
	tasks := []struct {
		name string
		pri  int
	}{{"write tests", 3}, {"fix bug", 1}, {"deploy", 5}, {"review", 2}, {"lunch", 4}, {"email", 2}}
	for _, t := range tasks {
		it := &Item{value: t.name, priority: t.pri}
		items[t.name] = it
		pq.Push(it)
	}
	pq.Update(items["deploy"], 0)
	pq.Update(items["fix bug"], 6)
	for len(*pq) > 0 {
		it := pq.Pop()
		fmt.Printf("%d %s\n", it.priority, it.value)
	}
	// Heap sort of numbers via the same structure.
	nums := []int{9, 4, 7, 1, 8, 2, 2, 6, 5, 3, 0}
	h := &PQ{}
	for _, n := range nums {
		h.Push(&Item{value: fmt.Sprint(n), priority: n})
	}
	var sorted []int
	for len(*h) > 0 {
		sorted = append(sorted, h.Pop().priority)
	}
	fmt.Println(sorted)
}

package main

import (
	"fmt"
	"sort"
)

// A discrete-event simulation of a bank with two tellers (no real time, just a clock).
type Event struct {
	Time     int
	Kind     string
	Customer int
	Seq      int
}

type Queue []Event

func (q *Queue) Push(e Event) {
	*q = append(*q, e)
	sort.SliceStable(*q, func(i, j int) bool {
		a, b := (*q)[i], (*q)[j]
		if a.Time != b.Time {
			return a.Time < b.Time
		}
		return a.Seq < b.Seq
	})
}

func (q *Queue) Pop() Event {
	e := (*q)[0]
	*q = (*q)[1:]
	return e
}

func main() {
	arrivals := []int{0, 1, 2, 3, 5, 8, 8, 9, 15, 16}
	service := []int{4, 3, 6, 2, 5, 1, 3, 4, 2, 2}
	var q Queue
	seq := 0
	for i, t := range arrivals {
		q.Push(Event{t, "arrive", i, seq})
		seq++
	}
	free := 2
	var waiting []int
	arrivedAt := map[int]int{}
	totalWait := 0
	maxQueue := 0
	for len(q) > 0 {
		e := q.Pop()
		switch e.Kind {
		case "arrive":
			arrivedAt[e.Customer] = e.Time
			waiting = append(waiting, e.Customer)
		case "depart":
			free++
			fmt.Printf("t=%2d customer %d leaves\n", e.Time, e.Customer)
		}
		for free > 0 && len(waiting) > 0 {
			c := waiting[0]
			waiting = waiting[1:]
			free--
			wait := e.Time - arrivedAt[c]
			totalWait += wait
			fmt.Printf("t=%2d customer %d starts (waited %d)\n", e.Time, c, wait)
			q.Push(Event{e.Time + service[c], "depart", c, seq})
			seq++
		}
		if len(waiting) > maxQueue {
			maxQueue = len(waiting)
		}
	}
	fmt.Printf("average wait %.2f, longest queue %d\n", float64(totalWait)/float64(len(arrivals)), maxQueue)
}

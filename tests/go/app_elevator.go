package main

import (
	"fmt"
	"sort"
)

type Direction int

const (
	Idle Direction = iota
	Up
	Down
)

func (d Direction) String() string { return [...]string{"idle", "up", "down"}[d] }

type Elevator struct {
	floor    int
	dir      Direction
	requests map[int]bool
	log      []string
}

func (e *Elevator) Request(f int) { e.requests[f] = true }

func (e *Elevator) pending() []int {
	var fs []int
	for f := range e.requests {
		fs = append(fs, f)
	}
	sort.Ints(fs)
	return fs
}

func (e *Elevator) Step() bool {
	if e.requests[e.floor] {
		delete(e.requests, e.floor)
		e.log = append(e.log, fmt.Sprintf("open at %d", e.floor))
	}
	fs := e.pending()
	if len(fs) == 0 {
		e.dir = Idle
		return false
	}
	above, below := false, false
	for _, f := range fs {
		if f > e.floor {
			above = true
		}
		if f < e.floor {
			below = true
		}
	}
	switch {
	case e.dir == Up && above, e.dir != Down && above && !below:
		e.dir = Up
	case e.dir == Down && below, !above && below:
		e.dir = Down
	case above:
		e.dir = Up
	}
	if e.dir == Up {
		e.floor++
	} else {
		e.floor--
	}
	return true
}

func main() {
	e := &Elevator{floor: 3, requests: map[int]bool{}}
	for _, f := range []int{5, 1, 7} {
		e.Request(f)
	}
	steps := 0
	for e.Step() {
		steps++
		if steps == 3 {
			e.Request(2)
			e.Request(6)
		}
		fmt.Printf("step %2d floor %d %v pending %v\n", steps, e.floor, e.dir, e.pending())
	}
	fmt.Println(e.log, e.dir)
}

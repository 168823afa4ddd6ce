package main

import (
	"errors"
	"fmt"
)

type task struct {
	name string
	run  func() int
}

func safeRun(t task) (res int, err error) {
	defer func() {
		if r := recover(); r != nil {
			switch v := r.(type) {
			case error:
				err = fmt.Errorf("%s failed: %w", t.name, v)
			default:
				err = fmt.Errorf("%s failed: %v", t.name, v)
			}
			res = -1
		}
	}()
	return t.run(), nil
}

var errCustom = errors.New("custom failure")

func main() {
	zero := 0
	var nilMap map[string]int
	tasks := []task{
		{"ok", func() int { return 42 }},
		{"div", func() int { return 1 / zero }},
		{"custom", func() int { panic(errCustom) }},
		{"string", func() int { panic("plain string") }},
		{"nilmap", func() int { nilMap["a"] = 1; return 0 }},
		{"index", func() int { return []int{}[zero] }},
		{"ok2", func() int { return 7 }},
	}
	for _, t := range tasks {
		res, err := safeRun(t)
		fmt.Println(t.name, res, err, errors.Is(err, errCustom))
	}
	// Defers run in LIFO even across many panics in a loop.
	for i := 0; i < 3; i++ {
		func() {
			defer func() {
				fmt.Println("iteration", i, "recovered", recover())
			}()
			defer fmt.Println("iteration", i, "cleanup")
			if i%2 == 0 {
				panic(fmt.Sprint("even ", i))
			}
		}()
	}
}

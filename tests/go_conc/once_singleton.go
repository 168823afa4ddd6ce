package main

import (
	"fmt"
	"sync"
)

// A lazily created singleton: fifty goroutines ask for it at once; sync.Once runs the
// constructor exactly once and every caller gets the same pointer.

type Config struct {
	Name    string
	Workers int
}

var (
	instance *Config
	once     sync.Once
	built    int
)

func get() *Config {
	once.Do(func() {
		built++
		instance = &Config{Name: "weft", Workers: 4}
	})
	return instance
}

func main() {
	var wg sync.WaitGroup
	got := make([]*Config, 50)
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			got[i] = get()
		}(i)
	}
	wg.Wait()
	same := true
	for _, c := range got {
		if c != got[0] {
			same = false
		}
	}
	fmt.Println("constructed", built, "times; all callers share it:", same)
	fmt.Printf("%+v\n", *get())

	// A panic inside Do still counts as done: later calls do not run f again.
	var o sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		o.Do(func() { panic("init failed") })
	}()
	ran := false
	o.Do(func() { ran = true })
	fmt.Println("second Do ran f:", ran)
}

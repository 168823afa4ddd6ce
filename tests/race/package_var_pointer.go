package main

import (
	"fmt"
	"sync"
)

// RACE: a package-level pointer published by a goroutine and read by main, without sync.

type service struct{ name string }

var current *service

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		current = &service{name: "db"}
		wg.Done()
	}()
	if current != nil {
		fmt.Println("early")
	}
	wg.Wait()
	fmt.Println(current.name)
}

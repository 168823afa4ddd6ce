package main

import (
	"fmt"
	"sync"
)

// RACE: a struct field written in a goroutine and read in main with nothing ordering them.

type config struct {
	name string
	port int
}

func main() {
	cfg := &config{name: "server"}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		cfg.port = 8080
		wg.Done()
	}()
	port := cfg.port
	wg.Wait()
	fmt.Println(cfg.name, port >= 0)
}

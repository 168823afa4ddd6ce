package main

import "fmt"

type Registry struct {
	entries map[string]int
}

func (r *Registry) Register(name string) {
	r.entries[name] = len(r.entries)
}

func main() {
	r := &Registry{}
	fmt.Println("registering")
	r.Register("a")
}

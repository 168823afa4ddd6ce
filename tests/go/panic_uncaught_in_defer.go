package main

import "fmt"

func closeAll(names []string) {
	defer func() {
		fmt.Println("closing", len(names), "resources")
		var m map[string]bool
		m[names[0]] = true
	}()
	fmt.Println("working with", names)
}

func main() {
	closeAll([]string{"db", "cache"})
	fmt.Println("not reached")
}

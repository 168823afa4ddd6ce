// waitgroup: wait for a group of goroutines to finish.
//
// Add(n) adds n to the counter before the goroutines start, each goroutine
// calls Done() (counter - 1) when it finishes, and Wait() blocks until the
// counter is zero. Unlike time.Sleep, it waits exactly as long as needed.
// A WaitGroup must not be copied after first use: pass a pointer.
//
// Try: weft examples/waitgroup.go
package main

import (
	"fmt"
	"sync"
)

// fetch pretends to download a page; it writes only its own slot of sizes.
func fetch(id int, sizes []int, wg *sync.WaitGroup) {
	defer wg.Done() // runs however fetch returns
	sizes[id] = (id + 1) * 1000
}

func main() {
	const pages = 5
	sizes := make([]int, pages)
	var wg sync.WaitGroup
	for i := 0; i < pages; i++ {
		wg.Add(1)
		go fetch(i, sizes, &wg)
	}
	wg.Wait() // every Done has happened: sizes is complete and safe to read
	total := 0
	for i, s := range sizes {
		fmt.Printf("page %d: %d bytes\n", i, s)
		total += s
	}
	fmt.Println("total:", total)
}

package main

import (
	"fmt"
	"sync"
)

type account struct {
	mu      sync.Mutex
	balance int
	history []int
}

func (a *account) deposit(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += n
	a.history = append(a.history, n)
}

type registry struct {
	sync.Mutex // embedded: r.Lock()
	names      map[string]int
}

func main() {
	var a account
	var wg sync.WaitGroup
	for g := 0; g < 20; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				a.deposit(g)
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(a.balance, len(a.history))

	// TryLock.
	var m sync.Mutex
	fmt.Println(m.TryLock(), m.TryLock())
	m.Unlock()
	fmt.Println(m.TryLock())
	m.Unlock()

	// A goroutine blocked in Lock gets the mutex when it is unlocked.
	m.Lock()
	order := make(chan string, 3)
	go func() {
		m.Lock()
		order <- "goroutine locked"
		m.Unlock()
	}()
	order <- "main unlocks"
	m.Unlock()
	fmt.Println(<-order)
	fmt.Println(<-order)

	// Embedded Mutex and a Locker interface value.
	r := registry{names: map[string]int{}}
	var l sync.Locker = &r
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			l.Lock()
			r.names[fmt.Sprint("n", i%3)]++
			l.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println(r.names)

	// Zero values inside heap structures and arrays are ready to use.
	locks := make([]sync.Mutex, 4)
	counts := make([]int, 4)
	for i := 0; i < 40; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			locks[i%4].Lock()
			counts[i%4] += i
			locks[i%4].Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println(counts)
}

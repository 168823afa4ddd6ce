package main

import (
	"fmt"
	"sync"
)

// Locking a sync.Mutex twice in the same goroutine: Go's mutexes are not reentrant.

type account struct {
	mu      sync.Mutex
	balance int
}

func (a *account) deposit(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += n
}

func (a *account) depositTwice(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.deposit(n) // locks a.mu again
	a.deposit(n)
}

func main() {
	a := &account{}
	a.deposit(5)
	fmt.Println("balance", a.balance)
	a.depositTwice(10)
	fmt.Println("not reached")
}

package main

import (
	"fmt"
	"sync"
)

type account struct {
	mu      sync.Mutex
	balance int
}

// A value receiver copies the lock: vet warns, the program still runs.
func (a account) Balance() int { return a.balance }

func main() {
	a := account{balance: 10}
	b := a
	b.balance += 5
	fmt.Println(a.Balance(), b.Balance())
}

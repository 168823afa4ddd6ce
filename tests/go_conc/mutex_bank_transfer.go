package main

import (
	"fmt"
	"sync"
)

// Transfers between accounts from many goroutines. Each transfer locks both accounts in a
// fixed order (by id) so two opposite transfers cannot deadlock; the total never changes.

type Account struct {
	id      int
	mu      sync.Mutex
	balance int
}

func transfer(from, to *Account, amount int) bool {
	first, second := from, to
	if to.id < from.id {
		first, second = to, from
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if from.balance < amount {
		return false
	}
	from.balance -= amount
	to.balance += amount
	return true
}

func main() {
	accounts := make([]*Account, 5)
	for i := range accounts {
		accounts[i] = &Account{id: i, balance: 1000}
	}
	var wg sync.WaitGroup
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 300; i++ {
				from := accounts[(g+i)%5]
				to := accounts[(g*3+i*7+1)%5]
				if from != to {
					transfer(from, to, (i%13)+1)
				}
			}
		}(g)
	}
	wg.Wait()
	total := 0
	for _, a := range accounts {
		total += a.balance
	}
	fmt.Println("total", total)
}

package main

import (
	"errors"
	"fmt"
	"sort"
)

var ErrInsufficient = errors.New("insufficient funds")
var ErrNoAccount = errors.New("no such account")

type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign = "-"
		c = -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

type Account struct {
	ID      string
	Owner   string
	Balance Cents
	History []string
}

type Bank struct {
	accounts map[string]*Account
	nextID   int
}

func NewBank() *Bank { return &Bank{accounts: map[string]*Account{}} }

func (b *Bank) Open(owner string, initial Cents) *Account {
	b.nextID++
	a := &Account{ID: fmt.Sprintf("ACC%03d", b.nextID), Owner: owner, Balance: initial}
	a.History = append(a.History, "open "+initial.String())
	b.accounts[a.ID] = a
	return a
}

func (b *Bank) get(id string) (*Account, error) {
	a, ok := b.accounts[id]
	if !ok {
		return nil, fmt.Errorf("%w: %s", ErrNoAccount, id)
	}
	return a, nil
}

func (b *Bank) Transfer(from, to string, amt Cents) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("transfer %s from %s to %s: %w", amt, from, to, err)
		}
	}()
	src, err := b.get(from)
	if err != nil {
		return err
	}
	dst, err := b.get(to)
	if err != nil {
		return err
	}
	if src.Balance < amt {
		return ErrInsufficient
	}
	src.Balance -= amt
	dst.Balance += amt
	src.History = append(src.History, "out "+amt.String())
	dst.History = append(dst.History, "in "+amt.String())
	return nil
}

func (b *Bank) ApplyInterest(ratePermille int64) {
	for _, a := range b.accounts {
		interest := Cents(int64(a.Balance) * ratePermille / 1000)
		a.Balance += interest
		a.History = append(a.History, "interest "+interest.String())
	}
}

func (b *Bank) Report() {
	ids := make([]string, 0, len(b.accounts))
	for id := range b.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var total Cents
	for _, id := range ids {
		a := b.accounts[id]
		total += a.Balance
		fmt.Printf("%s %-6s %10s %v\n", a.ID, a.Owner, a.Balance, a.History)
	}
	fmt.Println("total", total)
}

func main() {
	bank := NewBank()
	alice := bank.Open("alice", 100000)
	bob := bank.Open("bob", 2550)
	carol := bank.Open("carol", 0)
	steps := []struct {
		from, to string
		amt      Cents
	}{
		{alice.ID, bob.ID, 12345},
		{bob.ID, carol.ID, 20000},
		{bob.ID, carol.ID, 14895},
		{carol.ID, "ACC999", 1},
		{carol.ID, alice.ID, 99999},
	}
	for _, s := range steps {
		if err := bank.Transfer(s.from, s.to, s.amt); err != nil {
			fmt.Println("error:", err)
			fmt.Println("  insufficient?", errors.Is(err, ErrInsufficient), "missing?", errors.Is(err, ErrNoAccount))
		} else {
			fmt.Println("ok:", s.amt)
		}
	}
	bank.ApplyInterest(15)
	bank.Report()
	fmt.Println(Cents(-1234), Cents(5))
}

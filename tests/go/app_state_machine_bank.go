package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

type State int

const (
	Idle State = iota
	Running
	Paused
	Stopped
)

var stateNames = map[State]string{Idle: "Idle", Running: "Running", Paused: "Paused", Stopped: "Stopped"}

func (s State) String() string {
	if n, ok := stateNames[s]; ok {
		return n
	}
	return "State(" + fmt.Sprint(int(s)) + ")"
}

type Event string

type TransitionError struct {
	From  State
	Event Event
}

func (e *TransitionError) Error() string {
	return fmt.Sprintf("invalid transition from %v on %q", e.From, e.Event)
}

var transitions = map[State]map[Event]State{
	Idle:    {"start": Running},
	Running: {"pause": Paused, "stop": Stopped},
	Paused:  {"resume": Running, "stop": Stopped},
}

type Machine struct {
	state   State
	history []State
}

func (m *Machine) Fire(ev Event) error {
	next, ok := transitions[m.state][ev]
	if !ok {
		return &TransitionError{m.state, ev}
	}
	m.history = append(m.history, m.state)
	m.state = next
	return nil
}

type Account struct {
	ID      string
	Balance int64
}

var ErrInsufficient = errors.New("insufficient funds")
var ErrSameAccount = errors.New("same account")

type TxError struct {
	Op  string
	Amt int64
	Err error
}

func (e TxError) Error() string { return fmt.Sprintf("%s %d: %v", e.Op, e.Amt, e.Err) }
func (e TxError) Unwrap() error { return e.Err }

func (a *Account) Withdraw(n int64) error {
	if n <= 0 {
		return TxError{"withdraw", n, fmt.Errorf("amount must be positive")}
	}
	if a.Balance < n {
		return TxError{"withdraw", n, ErrInsufficient}
	}
	a.Balance -= n
	return nil
}

func Transfer(from, to *Account, n int64) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("transfer %s->%s: %w", from.ID, to.ID, err)
		}
	}()
	if from == to {
		return ErrSameAccount
	}
	if err := from.Withdraw(n); err != nil {
		return err
	}
	to.Balance += n
	return nil
}

func mustPositive(n int) int {
	if n < 0 {
		panic(fmt.Sprintf("negative: %d", n))
	}
	return n
}

func safeCall(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	f()
	return nil
}

func main() {
	m := &Machine{}
	for _, ev := range []Event{"start", "pause", "start", "resume", "stop", "resume"} {
		if err := m.Fire(ev); err != nil {
			var te *TransitionError
			fmt.Println("error:", err, errors.As(err, &te), te.From)
			continue
		}
		fmt.Println(ev, "->", m.state)
	}
	fmt.Println(m.history, State(9))
	a := &Account{"A", 100}
	b := &Account{"B", 50}
	fmt.Println(Transfer(a, b, 30), a.Balance, b.Balance)
	err := Transfer(b, a, 500)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrInsufficient))
	var txe TxError
	if errors.As(err, &txe) {
		fmt.Println("tx op:", txe.Op, txe.Amt)
	}
	fmt.Println(Transfer(a, a, 1))
	fmt.Println(Transfer(a, b, -5))
	fmt.Println(safeCall(func() { mustPositive(-3) }))
	fmt.Println(safeCall(func() { mustPositive(3) }))
	fmt.Println(safeCall(func() {
		var arr []int
		_ = arr[2]
	}))
	fmt.Println(safeCall(func() {
		var mp map[string][]int
		mp["x"] = append(mp["x"], 1)
	}))
	var sb strings.Builder
	defer func() {
		fmt.Print(sb.String())
		os.Exit(3)
	}()
	for i := 3; i > 0; i-- {
		defer func(i int) { fmt.Fprintf(&sb, "cleanup %d\n", i) }(i)
	}
	fmt.Println("end of main")
}

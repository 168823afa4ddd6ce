package main

import "fmt"

type State int

const (
	Idle State = iota
	Running
	Paused
	Stopped
)

var stateNames = [...]string{"Idle", "Running", "Paused", "Stopped"}

func (s State) String() string { return stateNames[s] }

type Event string

type transition struct {
	from State
	ev   Event
}

type Machine struct {
	state   State
	table   map[transition]State
	onEnter map[State]func(from State)
	log     []string
}

func NewMachine() *Machine {
	m := &Machine{
		table: map[transition]State{
			{Idle, "start"}:    Running,
			{Running, "pause"}: Paused,
			{Paused, "resume"}: Running,
			{Running, "stop"}:  Stopped,
			{Paused, "stop"}:   Stopped,
		},
		onEnter: map[State]func(State){},
	}
	m.onEnter[Running] = func(from State) {
		m.log = append(m.log, fmt.Sprintf("motor on (was %v)", from))
	}
	m.onEnter[Stopped] = func(State) { m.log = append(m.log, "cleanup") }
	return m
}

func (m *Machine) Fire(ev Event) error {
	next, ok := m.table[transition{m.state, ev}]
	if !ok {
		return fmt.Errorf("invalid event %q in state %v", ev, m.state)
	}
	prev := m.state
	m.state = next
	if f := m.onEnter[next]; f != nil {
		f(prev)
	}
	return nil
}

// A second machine: recognizes signed decimal numbers character by character.
func isNumber(s string) bool {
	const (
		start = iota
		sign
		intPart
		dot
		frac
		reject
	)
	st := start
	for _, c := range s {
		digit := c >= '0' && c <= '9'
		switch st {
		case start:
			switch {
			case c == '+' || c == '-':
				st = sign
			case digit:
				st = intPart
			default:
				st = reject
			}
		case sign:
			if digit {
				st = intPart
			} else {
				st = reject
			}
		case intPart:
			if digit {
				st = intPart
			} else if c == '.' {
				st = dot
			} else {
				st = reject
			}
		case dot, frac:
			if digit {
				st = frac
			} else {
				st = reject
			}
		}
		if st == reject {
			return false
		}
	}
	return st == intPart || st == frac
}

func main() {
	m := NewMachine()
	for _, ev := range []Event{"pause", "start", "pause", "start", "resume", "stop", "start"} {
		if err := m.Fire(ev); err != nil {
			fmt.Println("error:", err)
		} else {
			fmt.Println(ev, "->", m.state)
		}
	}
	fmt.Println(m.log)
	for _, s := range []string{"42", "-3.14", "+", "1.", ".5", "12a", "007", "-0.0", ""} {
		fmt.Printf("%q:%v ", s, isNumber(s))
	}
	fmt.Println()
}

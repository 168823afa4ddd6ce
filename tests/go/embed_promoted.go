package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string  { return fmt.Sprintf("%s has %d legs", a.Name, a.Legs) }
func (a *Animal) SetName(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Speak() string { return d.Name + " says woof" }

type Puppy struct {
	*Dog
	AgeMonths int
}

type Logger struct{ prefix string }

func (l Logger) Log(msg string) { fmt.Println(l.prefix + msg) }

type Service struct {
	Logger
	Name string
}

func main() {
	d := Dog{Animal{"Rex", 4}, "Lab"}
	fmt.Println(d.Describe(), "|", d.Speak())
	fmt.Println(d.Name, d.Animal.Name, d.Legs)
	d.SetName("Max")
	fmt.Println(d.Name)
	p := Puppy{&d, 3}
	p.SetName("Tiny")
	fmt.Println(p.Name, d.Name, p.Speak(), p.Describe())
	fmt.Printf("%+v\n", d)
	s := Service{Logger{"[svc] "}, "api"}
	s.Log("started " + s.Name)
	f := s.Log
	f("method value")
	// Shadowing: the outer field wins.
	type Inner struct{ X int }
	type Outer struct {
		Inner
		X int
	}
	o := Outer{Inner{1}, 2}
	fmt.Println(o.X, o.Inner.X)
	o.Inner.X = 5
	fmt.Printf("%+v\n", o)
}

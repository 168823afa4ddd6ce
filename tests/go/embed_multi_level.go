package main

import "fmt"

type Base struct{ ID int }

func (b Base) Describe() string { return fmt.Sprintf("Base(%d)", b.ID) }
func (b *Base) SetID(id int)    { b.ID = id }
func (b Base) Kind() string     { return "base" }

type Middle struct {
	Base
	Level int
}

func (m Middle) Kind() string { return "middle" }

type Top struct {
	Middle
	Name string
}

type Describer interface{ Describe() string }
type Kinder interface{ Kind() string }

func main() {
	t := Top{Middle{Base{1}, 2}, "top"}
	fmt.Println(t.ID, t.Level, t.Name, t.Describe(), t.Kind(), t.Base.Kind())
	t.SetID(42)
	fmt.Println(t.ID, t.Middle.Base.ID)
	var d Describer = t
	var k Kinder = t
	fmt.Println(d.Describe(), k.Kind())
	var k2 Kinder = t.Base
	fmt.Println(k2.Kind())
	fmt.Printf("%+v\n", t)
	fmt.Printf("%v\n", t)
	// Pointer embedding: methods of *Base promoted through pointer.
	type WithPtr struct {
		*Base
		Extra string
	}
	w := WithPtr{&Base{7}, "e"}
	w.SetID(8)
	fmt.Println(w.ID, w.Describe())
	// Nil embedded pointer: accessing a promoted field panics.
	defer func() { fmt.Println("recovered:", recover()) }()
	var empty WithPtr
	fmt.Println(empty.Extra == "")
	fmt.Println(empty.ID)
}

package main

import "fmt"

type Address struct {
	Street string
	City   string
}

type Person struct {
	Name    string
	Age     int
	Address Address
	Tags    []string
	private int
}

func (p Person) Greeting() string { return "Hi, " + p.Name }

func birthday(p *Person) { p.Age++ }

func rename(p Person) { p.Name = "changed" }

func main() {
	p := Person{Name: "Alice", Age: 30, Address: Address{"Main St", "Springfield"}}
	fmt.Println(p)
	fmt.Printf("%+v\n", p)
	birthday(&p)
	rename(p)
	fmt.Println(p.Name, p.Age, p.Address.City)
	q := p
	q.Address.City = "Shelbyville"
	q.Tags = append(q.Tags, "copy")
	fmt.Println(p.Address.City, q.Address.City, p.Tags, q.Tags)
	pp := &p
	pp.Address.Street = "Elm St"
	fmt.Println(p.Address.Street, pp.Greeting())
	// Anonymous struct
	config := struct {
		Host string
		Port int
	}{"localhost", 8080}
	fmt.Printf("%v %+v\n", config, config)
	// Slice of structs, modify via index
	people := []Person{{Name: "A"}, {Name: "B"}}
	for i := range people {
		people[i].Age = (i + 1) * 10
	}
	fmt.Println(people[0].Age, people[1].Age)
	// Struct with embedded array and comparison
	type Rect struct {
		Min, Max [2]int
	}
	r1 := Rect{[2]int{0, 0}, [2]int{2, 3}}
	r2 := r1
	fmt.Println(r1 == r2, r1)
	// Empty struct
	type empty struct{}
	set := map[string]struct{}{"a": {}, "b": {}}
	_, has := set["a"]
	fmt.Println(len(set), has, empty{} == empty{})
	// Pointer to struct literal
	ap := &Address{City: "X"}
	fmt.Printf("%+v %v\n", *ap, ap.Street == "")
}

package main

import "fmt"

type Ring struct {
	slots [4]string
}

func (r *Ring) Set(i int, s string) {
	r.slots[i] = s
}

func main() {
	var r Ring
	for i := 0; i < 6; i++ {
		r.Set(i, fmt.Sprint("v", i))
		fmt.Println("set", i)
	}
}

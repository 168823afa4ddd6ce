package main

import "fmt"

func main() {
	var p *struct{ n int }
	fmt.Println(p.n)
}

package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func sum(n *Node) int {
	total := 0
	for i := 0; i < 3; i++ {
		total += n.Val
		n = n.Next
	}
	return total
}

func main() {
	list := &Node{1, &Node{2, nil}}
	fmt.Println("summing")
	fmt.Println(sum(list))
}

package main

import "fmt"

func main() {
	goto end // ERROR "goto end jumps over (variable )?declaration"
	v := 3
	fmt.Println(v)
end:
	fmt.Println("end")
	goto inside // ERROR "goto inside jumps into block"
	{
	inside:
		fmt.Println("in block")
	}
}

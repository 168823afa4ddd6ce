package main

import (
	"fmt"
	"os"
)

func main() {
	for i := 0; ; i++ {
		fmt.Println("tick", i)
		if i == 2 {
			os.Exit(0)
		}
	}
}

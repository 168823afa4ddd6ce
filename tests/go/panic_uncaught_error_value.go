package main

import (
	"errors"
	"fmt"
)

func load(name string) error {
	return fmt.Errorf("load %s: %w", name, errors.New("file is corrupt"))
}

func main() {
	if err := load("config"); err != nil {
		fmt.Println("got error, giving up")
		panic(err)
	}
}

package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred calls do not run on os.Exit")
	fmt.Println(len(os.Args) >= 1)
	v, ok := os.LookupEnv("WEFT_SURELY_UNSET_VARIABLE")
	fmt.Printf("%q %v %q\n", v, ok, os.Getenv("WEFT_SURELY_UNSET_VARIABLE"))
	fmt.Fprintln(os.Stderr, "about to exit")
	os.Stdout.WriteString("bye\n")
	os.Exit(3)
}

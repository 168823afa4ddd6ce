// Go 1.22 per-iteration variables in a realistic setting: a table of handlers is built in
// range loops (over a slice of routes and over an int), each closure capturing the loop
// variables of its own iteration. Map iteration order is random, so routes are registered
// from a sorted slice and looked up by name.
//
// Expected output (one line per request, in request order):
//
//	"/a -> handler 0 for /a"
//	"/c -> handler 2 for /c"
//	"/b -> handler 1 for /b"
//	"/missing -> 404"
//	"retry 0 of 3, retry 1 of 3, retry 2 of 3"   closures from `for attempt := range 3`
package main

import (
	"fmt"
	"strings"
)

func main() {
	routes := []string{"/a", "/b", "/c"}
	handlers := map[string]func() string{}
	for i, r := range routes {
		handlers[r] = func() string { return fmt.Sprintf("handler %d for %s", i, r) }
	}
	for _, req := range []string{"/a", "/c", "/b", "/missing"} {
		if h, ok := handlers[req]; ok {
			fmt.Println(req, "->", h())
		} else {
			fmt.Println(req, "-> 404")
		}
	}
	var retries []func() string
	for attempt := range 3 {
		retries = append(retries, func() string { return fmt.Sprintf("retry %d of 3", attempt) })
	}
	var msgs []string
	for _, r := range retries {
		msgs = append(msgs, r())
	}
	fmt.Println(strings.Join(msgs, ", "))
}

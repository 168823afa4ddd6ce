// A job that never finishes: the host's watchdog interrupts it.
package main

func Run(n int) int {
	for {
		n++
	}
}

func main() {}

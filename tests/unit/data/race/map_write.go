package main

func main() {
	m := map[string]int{}
	done := make(chan bool)
	go func() {
		m["a"] = 1
		done <- true
	}()
	m["b"] = 2
	<-done
}

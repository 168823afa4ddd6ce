package main

func fill(s []int, v int) {
	for i := range s {
		s[i] = v
	}
}

func main() {
	s := make([]int, 10)
	done := make(chan bool)
	go func() {
		fill(s, 1)
		done <- true
	}()
	fill(s, 2)
	<-done
}

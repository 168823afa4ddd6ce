package main

import "fmt"

func main() {
	var s []int
	prev := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != prev {
			fmt.Print(cap(s), " ")
			prev = cap(s)
		}
	}
	fmt.Println()
	var b []byte
	prev = -1
	for i := 0; i < 5000; i++ {
		b = append(b, byte(i))
		if cap(b) != prev {
			fmt.Print(cap(b), " ")
			prev = cap(b)
		}
	}
	fmt.Println()
	type big struct{ a, b, c int64 }
	var bs []big
	prev = -1
	for i := 0; i < 500; i++ {
		bs = append(bs, big{})
		if cap(bs) != prev {
			fmt.Print(cap(bs), " ")
			prev = cap(bs)
		}
	}
	fmt.Println()
	var ss []string
	prev = -1
	for i := 0; i < 300; i++ {
		ss = append(ss, "x")
		if cap(ss) != prev {
			fmt.Print(cap(ss), " ")
			prev = cap(ss)
		}
	}
	fmt.Println()
	// Appending many at once.
	x := append([]int{}, make([]int, 5)...)
	fmt.Println(len(x), cap(x))
	x = append([]int{1, 2, 3}, 4, 5, 6, 7)
	fmt.Println(len(x), cap(x))
	y := append(make([]int, 0, 10), 1)
	fmt.Println(len(y), cap(y))
	z := append([]byte("hello"), " world, how are you"...)
	fmt.Println(len(z), cap(z))
	var i32 []int32
	i32 = append(i32, 1, 2, 3)
	fmt.Println(len(i32), cap(i32))
	i32 = append(i32, 4, 5)
	fmt.Println(len(i32), cap(i32))
}

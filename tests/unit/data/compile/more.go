package main

import (
	"fmt"
	"sort"
	"strings"
)

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type RW interface {
	Reader
	Writer
}

type Buf struct{ data []string }

func (b *Buf) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}
func (b *Buf) Write(s string) { b.data = append(b.data, s) }

type Logger struct {
	*Buf
	prefix string
}

func (l Logger) Log(s string) { l.Write(l.prefix + s) }

type Key struct {
	a [2]int
	s string
}

type Big struct {
	arr [70000]int
	tail int
}

func apply(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

func main() {
	var rw RW = &Buf{}
	rw.Write("a")
	rw.Write("b")
	w := rw.Write
	w("c")
	read := RW.Read
	fmt.Println(read(rw), rw.Read(), (*Buf).Read(rw.(*Buf)))
	l := Logger{&Buf{}, "> "}
	l.Log("hello")
	logf := l.Log
	logf("world")
	fmt.Println(l.data, len(l.Buf.data))

	mk := map[Key]int{}
	mk[Key{[2]int{1, 2}, "x"}] = 5
	mk[Key{[2]int{1, 2}, "x"}]++
	fmt.Println(mk[Key{[2]int{1, 2}, "x"}], len(mk))
	mi := map[interface{}]string{1: "int", "1": "str", 1.5: "float", Key{s: "k"}: "key"}
	fmt.Println(mi[1], mi["1"], mi[1.5], mi[Key{s: "k"}], len(mi))

	bad := "a\xffb\xe2\x82"
	for i, r := range bad {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println(len([]rune(bad)))

	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(15))

	f := apply(func(x int) int { return x + 1 }, func(x int) int { return x * 10 })
	fmt.Println(f(4))

	pt := struct {
		X, Y int
		Name string
	}{1, 2, "anon"}
	pt2 := pt
	pt2.Name = "copy"
	fmt.Println(pt, pt2, pt == pt2)

	big := new(Big)
	big.arr[69999] = 7
	big.tail = 9
	b2 := *big
	b2.arr[69999]++
	fmt.Println(big.arr[69999], b2.arr[69999], b2.tail)

	words := strings.Fields(" the quick  brown fox jumps over the lazy dog ")
	sort.Strings(words)
	fmt.Println(words)
	people := []struct {
		name string
		age  int
	}{{"a", 30}, {"b", 25}, {"c", 35}}
	sort.Slice(people, func(i, j int) bool { return people[i].age < people[j].age })
	fmt.Println(people)

	x := 1
	{
		x := 2
		x++
		_ = x
	}
	if x := 5; x > 3 {
		fmt.Println("inner", x)
	}
	fmt.Println("outer", x)

	var u8 uint8 = 200
	u8 += 100
	var i16 int16 = 32767
	i16 += 2
	fmt.Println(u8, i16, ^uint16(0), -(-128))
	const c = 1 << 40
	fmt.Println(c>>38, uint64(c)*3)

	ch := make(chan int)
	quit := make(chan bool)
	go func() {
		for i := 0; i < 6; i++ {
			ch <- i
		}
		quit <- true
	}()
	odd := 0
	for {
		select {
		case v := <-ch:
			if v%2 == 0 {
				continue
			}
			odd += v
		case <-quit:
			fmt.Println("odd", odd)
			return
		}
	}
}

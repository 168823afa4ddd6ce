// Valid programs must check without errors (each one exercises an area of the spec).
#include <doctest.h>

#include "check_test_util.hpp"

using namespace weft;
using namespace weft::check_test;

namespace {

void expectOk(const char* src) {
  auto p = checkSource(src);
  INFO(joined(errorsOf(*p)));
  CHECK(p->ok());
}

}  // namespace

TEST_CASE("programs: constants, iota and conversions") {
  expectOk(R"(package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const huge = 1 << 100
const small = huge >> 98
const pi = 3.14159265358979323846264338327950288419716939937510582097494459
const s = "hello" + ", " + "world"

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue"}[d] }

func main() {
	var f32 float32 = pi
	var u8 uint8 = 255
	var r rune = 'x'
	b := []byte("abc")
	rs := []rune("héllo")
	str := string(rs) + string(b) + string(r) + string(rune(65))
	x := 7 / 2
	y := 7.0 / 2
	z := float64(x) + y
	n := len(s)
	const typed int64 = 1 << 40
	fmt.Println(Monday, KB, MB, GB, small, f32, u8, str, z, n, typed, ^uint8(0), -5%3)
}
)");
}

TEST_CASE("programs: structs, methods, embedding and interfaces") {
  expectOk(R"(package main

import (
	"errors"
	"fmt"
	"strings"
)

type Animal interface {
	Sound() string
	Name() string
}

type Base struct{ name string }

func (b Base) Name() string { return b.name }

type Dog struct {
	Base
	tricks []string
}

func (d *Dog) Sound() string { return "woof" }
func (d *Dog) Learn(t string) { d.tricks = append(d.tricks, t) }

type Logger interface{ Log(string) }
type LogWriter interface {
	Logger
	fmt.Stringer
}

type buf struct{ sb strings.Builder }

func (b *buf) Log(s string)    { b.sb.WriteString(s) }
func (b *buf) String() string { return b.sb.String() }

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.code) }

func find(ok bool) error {
	if !ok {
		return &MyErr{42}
	}
	return nil
}

func main() {
	d := &Dog{Base: Base{"rex"}}
	d.Learn("sit")
	var a Animal = d
	fmt.Println(a.Name(), a.Sound(), d.name, len(d.tricks))
	var lw LogWriter = &buf{}
	lw.Log("x")
	fmt.Println(lw.String())
	err := find(false)
	var me *MyErr
	if e, ok := err.(*MyErr); ok {
		me = e
	}
	fmt.Println(me.code, errors.New("plain"))
	var dd Dog
	dd.Learn("roll") // addressable: auto-&
	f := dd.Name       // method value
	g := (*Dog).Sound  // method expression
	h := Base.Name
	fmt.Println(f(), g(&dd), h(dd.Base))
	p := &dd
	fmt.Println(p.name, (*p).Base.name)
}
)");
}

TEST_CASE("programs: closures, defer, panic and recover") {
  expectOk(R"(package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func apply(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func sum(nums ...int) (total int) {
	for _, n := range nums {
		total += n
	}
	return total
}

func main() {
	c := counter()
	c()
	fmt.Println(c())
	fmt.Println(safeDiv(1, 0))
	fmt.Println(apply([]int{1, 2}, func(x int) int { return x * x }))
	fmt.Println(sum(), sum(1, 2), sum([]int{3, 4}...))
	var fs []func()
	for i := 0; i < 3; i++ {
		fs = append(fs, func() { fmt.Println(i) })
	}
	for _, f := range fs {
		f()
	}
	defer fmt.Println("done")
	func() {
		defer func() { recover() }()
		panic("boom")
	}()
}
)");
}

TEST_CASE("programs: maps, slices, arrays, strings and range") {
  expectOk(R"(package main

import (
	"fmt"
	"strconv"
)

type Point struct{ X, Y int }

func main() {
	m := map[string][]int{"a": {1, 2}}
	m["b"] = append(m["b"], 3)
	if v, ok := m["a"]; ok {
		fmt.Println(v[0])
	}
	delete(m, "a")
	grid := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	for i, row := range grid {
		for j := range row {
			grid[i][j] *= 2
		}
	}
	pts := map[Point]string{{1, 2}: "a", {3, 4}: "b"}
	ptr := &grid
	for i := range ptr {
		_ = ptr[i][0]
	}
	s := "héllo"
	for i, r := range s {
		fmt.Println(i, r, string(r), s[i])
	}
	sl := []int{5, 6, 7, 8}
	sub := sl[1:3:4]
	cp := make([]int, len(sub))
	n := copy(cp, sub)
	bs := make([]byte, 0)
	bs = append(bs, "xyz"...)
	copy(bs, "ab")
	for i := range 3 {
		fmt.Println(i)
	}
	var total int64
	for n := range int64(4) {
		total += n
	}
	clear(m)
	x, err := strconv.Atoi("12")
	fmt.Println(pts, n, bs, total, min(1, 2, 3), max(2.5, 1), x, err, strconv.Itoa(x))
	arr := [...]string{2: "c", 0: "a"}
	fmt.Println(len(arr), cap(sl), arr[len(arr)-1])
}
)");
}

TEST_CASE("programs: goroutines, channels, select and sync") {
  expectOk(R"(package main

import (
	"fmt"
	"sync"
	"time"
)

type SafeCounter struct {
	mu sync.Mutex
	v  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.v[key]++
}

func producer(ch chan<- int, n int) {
	for i := 0; i < n; i++ {
		ch <- i
	}
	close(ch)
}

func consumer(ch <-chan int, done chan struct{}) {
	for v := range ch {
		_ = v
	}
	done <- struct{}{}
}

func main() {
	var wg sync.WaitGroup
	c := SafeCounter{v: make(map[string]int)}
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc("k")
		}()
	}
	wg.Wait()
	ch := make(chan int, 3)
	done := make(chan struct{})
	go producer(ch, 5)
	go consumer(ch, done)
	timeout := time.After(time.Second)
	select {
	case <-done:
	case <-timeout:
		fmt.Println("timeout")
	}
	results := make(chan string)
	go func() { results <- "x" }()
	select {
	case r, ok := <-results:
		fmt.Println(r, ok)
	default:
	}
	var nilch chan int
	select {
	case nilch <- 1:
	case v := <-nilch:
		_ = v
	default:
	}
	time.Sleep(10 * time.Millisecond)
	fmt.Println(c.v["k"], time.Second.Seconds())
}

func init() {}
func init() {}
)");
}

TEST_CASE("programs: switches, labels and goto") {
  expectOk(R"(package main

import "fmt"

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprint("int ", x)
	case string:
		return x + "!"
	case error:
		return x.Error()
	case fmt.Stringer:
		return x.String()
	default:
		return "other"
	}
}

func grade(n int) string {
	switch {
	case n >= 90:
		return "A"
	case n >= 80:
		fallthrough
	case n >= 70:
		return "B"
	}
	return "C"
}

func main() {
	fmt.Println(classify(1), classify("s"), grade(85))
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 1 {
				continue outer
			}
			if i == 2 {
				break outer
			}
		}
	}
	i := 0
loop:
	if i < 3 {
		i++
		goto loop
	}
	switch x := 5; x {
	case 1, 2:
	case 5:
		fmt.Println("five")
	}
}
)");
}

TEST_CASE("programs: shadowing, scopes and package-level order") {
  expectOk(R"(package main

import "fmt"

var total = compute()

func compute() int { return base * 2 }

var base = 21

type List struct {
	head *node
}

type node struct {
	val  int
	next *node
}

func (l *List) Push(v int) { l.head = &node{v, l.head} }

func main() {
	x := 1
	{
		x := "shadow"
		fmt.Println(x)
	}
	if x := 2.5; x > 1 {
		fmt.Println(x)
	}
	var l List
	l.Push(1)
	l.Push(2)
	for n := l.head; n != nil; n = n.next {
		fmt.Println(n.val)
	}
	fmt.Println(x, total)
	type local struct{ a int }
	v := local{a: 1}
	fmt.Println(v.a)
	var fmt = "shadowed package"
	_ = fmt
}
)");
}

TEST_CASE("programs: function types, nil and comparisons") {
  expectOk(R"(package main

import "fmt"

type Op func(a, b int) int

type Handler interface{ Handle() }
type HandlerFunc func()

func (f HandlerFunc) Handle() { f() }

func main() {
	ops := map[string]Op{
		"add": func(a, b int) int { return a + b },
	}
	var nop Op
	if nop == nil && ops["add"] != nil {
		fmt.Println(ops["add"](1, 2))
	}
	var h Handler = HandlerFunc(func() {})
	h.Handle()
	var e1, e2 error
	fmt.Println(e1 == e2, h != nil)
	type pair struct{ a, b int }
	fmt.Println(pair{1, 2} == pair{1, 2}, [2]int{1} != [2]int{1, 0})
	var any1 any = 3
	fmt.Println(any1 == 3, any1 != "x")
	var p *int
	var ip = &[]int{1}
	fmt.Println(p == nil, len(*ip))
}
)");
}

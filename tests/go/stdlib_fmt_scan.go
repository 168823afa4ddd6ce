package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

type Celsius float64

// byteReader has only Read (not io.RuneScanner).
type byteReader struct {
	s string
	i int
}

func (r *byteReader) Read(p []byte) (int, error) {
	if r.i >= len(r.s) {
		return 0, io.EOF
	}
	n := copy(p[:1], r.s[r.i:])
	r.i += n
	return n, nil
}

func main() {
	var a, b int
	var s string
	var f float64
	n, err := fmt.Sscan("10 20\n hello 3.5", &a, &b, &s, &f)
	fmt.Println(n, err, a, b, s, f)

	n, err = fmt.Sscan("7", &a, &b)
	fmt.Println(n, err, a)
	n, err = fmt.Sscan("", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("x", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("0x1f 0b101 0o17 017 1_000", &a, &b, new(int), new(int), new(int))
	fmt.Println(n, err, a, b)
	var i8 int8
	var u8 uint8
	n, err = fmt.Sscan("300", &i8)
	fmt.Println(n, err, i8)
	n, err = fmt.Sscan("-1", &u8)
	fmt.Println(n, err, u8)
	n, err = fmt.Sscan("99999999999999999999", &a)
	fmt.Println(n, err)

	var t1, t2 bool
	var c Celsius
	var bs []byte
	n, err = fmt.Sscan("true F 21.5 bytes", &t1, &t2, &c, &bs)
	fmt.Println(n, err, t1, t2, c, string(bs))
	n, err = fmt.Sscan("yes", &t1)
	fmt.Println(n, err)

	n, err = fmt.Sscanln("1 2\n3", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("1\n2", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("1 2 3", &a, &b)
	fmt.Println(n, err)

	var name string
	var age int
	n, err = fmt.Sscanf("name=Bob age=42", "name=%s age=%d", &name, &age)
	fmt.Println(n, err, name, age)
	var x, y int
	n, err = fmt.Sscanf("(3, 4)", "(%d, %d)", &x, &y)
	fmt.Println(n, err, x, y)
	n, err = fmt.Sscanf("12345", "%3d%d", &x, &y)
	fmt.Println(n, err, x, y)
	var hex, oct int
	var q string
	var r rune
	n, err = fmt.Sscanf("ff 17 \"quoted str\" Z", "%x %o %q %c", &hex, &oct, &q, &r)
	fmt.Println(n, err, hex, oct, q, string(r))
	n, err = fmt.Sscanf("5 apples", "%d oranges", &x)
	fmt.Println(n, err, x)
	n, err = fmt.Sscanf("5", "%d %d", &x, &y)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("5 6", "%d", &x, &y)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("100%", "%d%%", &x)
	fmt.Println(n, err, x)
	n, err = fmt.Sscanf("1.5e3 2.5", "%g %f", &f, &c)
	fmt.Println(n, err, f, c)
	n, err = fmt.Sscanf("abc", "%d", &x)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("68656c6c6f", "%x", &s)
	fmt.Println(n, err, s)
	var notPtr int
	n, err = fmt.Sscan("1", notPtr)
	fmt.Println(n, err)
	var sp *int
	var ok bool
	n, err = fmt.Sscan("1", &sp)
	fmt.Println(n, err, ok)

	rd := strings.NewReader("4 5 6\n7 8")
	sum := 0
	for {
		var v int
		_, err := fmt.Fscan(rd, &v)
		if err != nil {
			fmt.Println("stop:", err)
			break
		}
		sum += v
	}
	fmt.Println("sum", sum)

	br := bufio.NewReader(strings.NewReader("alpha 1\nbeta 2\n"))
	for {
		var w string
		var k int
		n, err := fmt.Fscanln(br, &w, &k)
		if err != nil {
			fmt.Println(n, err)
			break
		}
		fmt.Println(w, k)
	}
	plain := &byteReader{s: "42 é 9"}
	var e string
	n, err = fmt.Fscan(plain, &a, &e)
	fmt.Println(n, err, a, e)
	n, err = fmt.Fscanf(strings.NewReader("x:1,y:2"), "x:%d,y:%d", &x, &y)
	fmt.Println(n, err, x, y)
}

package main

import "fmt"

func main() {
	n := 42
	fmt.Printf("%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%o|%b|%c|%q|%U\n", n, n, n, n, n, n, n, n, n, n, n, n, n)
	fmt.Printf("%#x|%#X|%#o|%#b|%#U|%08.3d|%.0d|%x\n", n, n, n, n, n, n, 0, -255)
	fmt.Printf("%d %d %d %d\n", int8(-5), uint16(65535), int64(-1<<63), uint64(1<<64-1))
	s := "hello"
	fmt.Printf("%s|%10s|%-10s|%.3s|%q|%x|%X|% x|%#q\n", s, s, s, s, s, s, s, s, s)
	fmt.Printf("%q %+q %#q %q\n", "tab\there", "héllo", "back`tick", `a"b`)
	fmt.Printf("%5.1s|%-5.2s|%.10s\n", "abc", "abc", "abc")
	fmt.Printf("%t %v %5t\n", true, false, true)
	fmt.Printf("%v %d %s\n", []byte("hi"), []byte("hi"), []byte("hi"))
	fmt.Printf("%x %X % x\n", []byte{1, 171, 255}, []byte{1, 171, 255}, []byte{1, 171, 255})
	fmt.Printf("%c%c%c %q\n", 'G', 'o', '!', 'x')
	fmt.Printf("%*d|%-*d|%.*f\n", 6, 7, 6, 7, 2, 3.14159)
	fmt.Printf("%[2]d %[1]d %d\n", 1, 2)
	fmt.Printf("%3c|%-3c|\n", 'a', 'b')
	fmt.Printf("%%|%v|%6.2v\n", "lit", 3.14159)
	// Malformed directives are reported in the output (formats held in variables, as vet
	// would reject them as constants).
	bad := []struct {
		format string
		args   []interface{}
	}{
		{"%d\n", []interface{}{"str"}},
		{"%d %d\n", []interface{}{1}},
		{"%d\n", []interface{}{1, 2}},
		{"%!\n", nil},
		{"%z\n", []interface{}{3}},
		{"%s|%d\n", []interface{}{struct{ A, B int }{1, 2}, []string{"x"}}},
		{"%.2f %t\n", []interface{}{"x", 1}},
	}
	for _, b := range bad {
		fmt.Printf(b.format, b.args...)
	}
	fmt.Println(fmt.Sprintf("%03d-%s", 7, "x"), fmt.Sprint("a", 1, 2, "b", "c", 3.0, 4), fmt.Sprintln("x", 1))
	fmt.Print("a", "b", 1, 2, true, "\n")
	fmt.Print(1, 2, "\n")
}

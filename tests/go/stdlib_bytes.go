package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
)

func main() {
	a := []byte("hello world")
	fmt.Println(bytes.Equal(a, []byte("hello world")), bytes.Equal(nil, []byte{}), bytes.Compare([]byte("a"), []byte("b")))
	fmt.Println(bytes.Contains(a, []byte("o w")), bytes.Index(a, []byte("o")), bytes.LastIndex(a, []byte("o")), bytes.IndexByte(a, 'w'), bytes.Count(a, []byte("l")))
	fmt.Println(bytes.HasPrefix(a, []byte("he")), bytes.HasSuffix(a, []byte("ld")), string(bytes.ToUpper(a)), string(bytes.TrimSpace([]byte("  x y  "))))
	fmt.Printf("%q %q %q\n", bytes.Split([]byte("a,b,c"), []byte(",")), bytes.Fields([]byte(" a  b ")), bytes.Join([][]byte{[]byte("x"), []byte("y")}, []byte("--")))
	fmt.Println(string(bytes.Repeat([]byte("ab"), 3)), bytes.ContainsRune(a, 'w'), bytes.IndexRune([]byte("chicken"), 'k'))

	var buf bytes.Buffer
	buf.WriteString("hello")
	buf.WriteByte(' ')
	buf.Write([]byte("world"))
	buf.WriteRune('!')
	fmt.Fprintf(&buf, " %d", 42)
	fmt.Println(buf.String(), buf.Len())
	p := make([]byte, 5)
	n, err := buf.Read(p)
	fmt.Println(n, err, string(p), buf.Len())
	c, _ := buf.ReadByte()
	fmt.Printf("%q %v\n", c, buf.UnreadByte())
	line, err := buf.ReadString('!')
	fmt.Printf("%q %v\n", line, err)
	rest, err := buf.ReadString('\n')
	fmt.Printf("%q %v\n", rest, err)
	_, err = buf.ReadByte()
	fmt.Println(err == io.EOF, buf.Len())
	b2 := bytes.NewBufferString("abc")
	b2.Truncate(2)
	fmt.Println(b2.String(), b2.Len())
	b2.WriteTo(os.Stdout)
	fmt.Println()
	var nilBuf *bytes.Buffer
	fmt.Println(nilBuf.String())
	r, size, _ := bytes.NewBufferString("€x").ReadRune()
	fmt.Println(string(r), size)
}

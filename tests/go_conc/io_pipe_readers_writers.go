package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
)

type upperWriter struct{ w io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

type countingReader struct {
	r io.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}

type errWriter struct{ after int }

func (e *errWriter) Write(p []byte) (int, error) {
	if e.after <= 0 {
		return 0, errors.New("disk full")
	}
	e.after--
	return len(p), nil
}

func main() {
	var a, b bytes.Buffer
	mw := io.MultiWriter(&a, &b, upperWriter{os.Stdout})
	fmt.Fprintln(mw, "hello multi")
	fmt.Print(a.String(), b.Len(), "\n")
	mr := io.MultiReader(strings.NewReader("one "), strings.NewReader("two "), strings.NewReader("three"))
	all, err := io.ReadAll(mr)
	fmt.Printf("%q %v\n", all, err)
	var tee bytes.Buffer
	tr := io.TeeReader(strings.NewReader("tee data"), &tee)
	data, _ := io.ReadAll(tr)
	fmt.Println(string(data), tee.String())
	lr := io.LimitReader(strings.NewReader("0123456789"), 4)
	data, _ = io.ReadAll(lr)
	fmt.Println(string(data))
	cr := &countingReader{r: strings.NewReader(strings.Repeat("x", 1000))}
	n, err := io.Copy(io.Discard, cr)
	fmt.Println(n, err, cr.n)
	var dst bytes.Buffer
	n, err = io.CopyN(&dst, strings.NewReader("abcdefgh"), 3)
	fmt.Println(n, err, dst.String())
	n, err = io.CopyN(&dst, strings.NewReader("ab"), 5)
	fmt.Println(n, err)
	buf := make([]byte, 4)
	k, err := io.ReadFull(strings.NewReader("ab"), buf)
	fmt.Println(k, err, errors.Is(err, io.ErrUnexpectedEOF))
	k, err = io.ReadFull(strings.NewReader(""), buf)
	fmt.Println(k, err == io.EOF)
	k, err = io.ReadAtLeast(strings.NewReader("abcdef"), buf, 2)
	fmt.Println(k, err, string(buf[:k]))
	_, err = io.ReadAtLeast(strings.NewReader("abc"), buf, 8)
	fmt.Println(err)
	sr := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	data, _ = io.ReadAll(sr)
	fmt.Println(string(data), sr.Size())
	_, err = io.WriteString(&errWriter{1}, "ok")
	fmt.Println(err)
	_, err = io.Copy(&errWriter{0}, strings.NewReader("x"))
	fmt.Println(err)
	rc := io.NopCloser(strings.NewReader("nop"))
	fmt.Println(rc.Close())
	pr, pw := io.Pipe()
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		w := bufio.NewWriter(pw)
		for i := 1; i <= 3; i++ {
			fmt.Fprintf(w, "line %d\n", i)
		}
		w.Flush()
		pw.CloseWithError(errors.New("producer done"))
	}()
	sc := bufio.NewScanner(pr)
	for sc.Scan() {
		fmt.Println("got:", sc.Text())
	}
	fmt.Println("scan err:", sc.Err())
	wg.Wait()
	pr2, pw2 := io.Pipe()
	go func() {
		io.Copy(pw2, strings.NewReader("piped through"))
		pw2.Close()
	}()
	out, err := io.ReadAll(pr2)
	fmt.Println(string(out), err)
	var pool = sync.Pool{New: func() interface{} { return new(bytes.Buffer) }}
	bb := pool.Get().(*bytes.Buffer)
	bb.WriteString("pooled")
	fmt.Println(bb.String())
	bb.Reset()
	pool.Put(bb)
	bb2 := pool.Get().(*bytes.Buffer)
	fmt.Println(bb2.Len())
	var empty sync.Pool
	fmt.Println(empty.Get())
	rdr := strings.NewReader("seekable")
	rdr.Seek(4, io.SeekStart)
	rest, _ := io.ReadAll(rdr)
	fmt.Println(string(rest))
	var sw io.StringWriter = &dst
	sw.WriteString("!")
	fmt.Println(dst.String())
	var w io.Writer = os.Stdout
	if _, ok := w.(io.ReadWriter); !ok {
		fmt.Println("stdout is not a ReadWriter here? ", ok)
	}
	fmt.Fprintf(os.Stdout, "%s\n", "direct")
}

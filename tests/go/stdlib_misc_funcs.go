package main

import (
	"bytes"
	"container/heap"
	"container/list"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

type IntHeap []int

func (h IntHeap) Len() int            { return len(h) }
func (h IntHeap) Less(i, j int) bool  { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x interface{}) { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() interface{} {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}

func main() {
	fmt.Println(strconv.Quote("hi\n\"there\"\t☺\x00"), strconv.QuoteToASCII("☺ é"), strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'))
	u, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Println(u, err)
	u, err = strconv.Unquote("`raw\\n`")
	fmt.Println(u, err)
	_, err = strconv.Unquote(`"bad`)
	fmt.Println(err)
	fmt.Println(strconv.Itoa(-45), strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16), strconv.FormatInt(35, 36), strconv.FormatUint(1<<64-1, 10))
	fmt.Println(string(strconv.AppendInt([]byte("n="), 42, 10)), string(strconv.AppendQuote(nil, "q")), strconv.FormatBool(true))
	b, err := strconv.ParseBool("T")
	fmt.Println(b, err)
	i, err := strconv.ParseInt("-0b1010", 0, 8)
	fmt.Println(i, err)
	i, err = strconv.ParseInt("0o17", 0, 64)
	fmt.Println(i, err)
	i, err = strconv.ParseInt("128", 10, 8)
	fmt.Println(i, err)
	i, err = strconv.ParseInt("-129", 10, 8)
	fmt.Println(i, err)
	n, err := strconv.Atoi("+7")
	fmt.Println(n, err)
	n, err = strconv.Atoi(" 7")
	fmt.Println(n, err)
	fmt.Println(math.Cbrt(27), math.Expm1(1e-10), math.Log1p(1e-10), math.Atan2(1, -1), math.Max(3, math.NaN()), math.Min(-0.0, 0))
	fr, ex := math.Frexp(8)
	fmt.Println(fr, ex, math.Ldexp(0.5, 4))
	ip, fp := math.Modf(-3.75)
	fmt.Println(ip, fp, math.Signbit(-0.0), math.Remainder(10, 3), math.IsInf(math.Inf(-1), -1))
	sn, cs := math.Sincos(math.Pi / 6)
	fmt.Printf("%.4f %.4f %.4f %.4f\n", sn, cs, math.Tan(math.Pi/4), math.Asin(1))
	fmt.Println(math.Nextafter(1, 2), math.MaxInt, math.MinInt64, math.Exp(1), math.Pow(-8, 1.0/3))
	fmt.Println(math.Round(2.5), math.RoundToEven(2.5), math.Round(-0.4), math.Floor(-0.5), math.Dim(5, 3), math.Gamma(5))
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	fmt.Fprintf(&buf, " %d", 2024)
	fmt.Println(buf.String(), buf.Len())
	p := make([]byte, 5)
	k, _ := buf.Read(p)
	fmt.Println(string(p[:k]), buf.String())
	line, err := buf.ReadString('!')
	fmt.Printf("%q %v %q\n", line, err, buf.String())
	buf.Reset()
	fmt.Println(buf.Len(), bytes.Contains([]byte("abc"), []byte("b")), bytes.Equal([]byte("a"), []byte("a")), string(bytes.ToUpper([]byte("x"))))
	fmt.Println(bytes.Compare([]byte("a"), []byte("b")), string(bytes.TrimSpace([]byte("  x  "))), bytes.Fields([]byte(" a b ")), string(bytes.Join([][]byte{[]byte("1"), []byte("2")}, []byte("+"))))
	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 1)
	heap.Push(h, 9)
	var out []int
	for h.Len() > 0 {
		out = append(out, heap.Pop(h).(int))
	}
	fmt.Println(out)
	l := list.New()
	l.PushBack(1)
	l.PushBack(2)
	l.PushFront(0)
	e := l.PushBack(3)
	l.InsertBefore(25, e)
	l.Remove(l.Front())
	for x := l.Front(); x != nil; x = x.Next() {
		fmt.Print(x.Value, " ")
	}
	fmt.Println(l.Len())
	enc := base64.StdEncoding.EncodeToString([]byte("hello gopher!"))
	dec, err := base64.StdEncoding.DecodeString(enc)
	fmt.Println(enc, string(dec), err, base64.URLEncoding.EncodeToString([]byte{0xfb, 0xff}), base64.RawStdEncoding.EncodeToString([]byte("a")))
	_, err = base64.StdEncoding.DecodeString("!!!")
	fmt.Println(err)
	fmt.Println(hex.EncodeToString([]byte("Go!")), hex.Dump([]byte("abc"))[:20])
	hb, err := hex.DecodeString("4a4b")
	fmt.Println(string(hb), err)
	_, err = hex.DecodeString("zz")
	fmt.Println(err)
	people := []string{"bob", "Alice", "carol", "Dave"}
	sort.Slice(people, func(i, j int) bool { return strings.ToLower(people[i]) < strings.ToLower(people[j]) })
	fmt.Println(people)
	idx := sort.SearchStrings([]string{"a", "c", "e"}, "d")
	fmt.Println(idx, sort.IsSorted(sort.IntSlice{1, 2, 3}))
	fmt.Println(strings.IndexFunc("abc1", unicode.IsDigit), strings.LastIndexFunc("1abc", unicode.IsDigit), strings.ToValidUTF8("a\xffb", "?"), strings.EqualFold("Straße", "STRASSE"))
	var sb strings.Builder
	sb.Grow(64)
	fmt.Println(sb.Cap() >= 64, sb.Len())
	fmt.Println(strconv.FormatFloat(2.0/3, 'f', 4, 64), strconv.FormatFloat(1e6, 'e', -1, 64), strconv.FormatFloat(123.456, 'g', 2, 64), strconv.FormatFloat(-0.0, 'f', 1, 64))
}

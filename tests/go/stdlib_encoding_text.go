package main

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"encoding/csv"
	"fmt"
	"hash/fnv"
	"os"
	"strings"
	"text/tabwriter"
	"unicode"
)

func main() {
	msg := []byte("Weft: Go in C++!")
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.URLEncoding, base64.RawStdEncoding, base64.RawURLEncoding} {
		s := enc.EncodeToString(msg)
		d, err := enc.DecodeString(s)
		fmt.Println(s, string(d), err)
	}
	_, err := base64.StdEncoding.DecodeString("!!!")
	fmt.Println(err)

	b := make([]byte, 8)
	binary.BigEndian.PutUint32(b, 0xdeadbeef)
	binary.LittleEndian.PutUint16(b[4:], 0x1234)
	fmt.Printf("% x %x %x %v\n", b, binary.BigEndian.Uint32(b), binary.LittleEndian.Uint16(b[4:]), binary.BigEndian)
	vb := binary.AppendUvarint(nil, 300)
	v, n := binary.Uvarint(vb)
	sb := make([]byte, binary.MaxVarintLen64)
	sn := binary.PutVarint(sb, -12345)
	sv, _ := binary.Varint(sb[:sn])
	fmt.Println(vb, v, n, sn, sv)

	r := csv.NewReader(strings.NewReader("name,qty,note\n\"Smith, J\",3,\"said \"\"hi\"\"\"\nDoe,5,\n"))
	recs, err := r.ReadAll()
	fmt.Printf("%q %v\n", recs, err)
	_, err = csv.NewReader(strings.NewReader("a,\"b\nc")).ReadAll()
	fmt.Println(err)
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.Write([]string{"x", "y,z", "q\"uote"})
	w.WriteAll([][]string{{"1", ""}, {"multi\nline"}})
	fmt.Print(buf.String())

	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "name\tqty\tprice\t")
	fmt.Fprintln(tw, "apple\t3\t1.25\t")
	fmt.Fprintln(tw, "watermelon\t12\t10.5\t")
	tw.Flush()
	tw = tabwriter.NewWriter(os.Stdout, 4, 0, 2, '.', 0)
	fmt.Fprintln(tw, "a\tbb\tccc")
	fmt.Fprintln(tw, "dddd\te\tf")
	tw.Flush()

	h := fnv.New32a()
	h.Write([]byte("hello"))
	h64 := fnv.New64()
	h64.Write([]byte("hello"))
	fmt.Println(h.Sum32(), h64.Sum64(), h.Size(), fmt.Sprintf("%x", h.Sum(nil)))

	fmt.Println(bytes.IndexFunc([]byte("ab1"), unicode.IsDigit), string(bytes.TrimFunc([]byte("12ab34"), unicode.IsDigit)), string(bytes.Trim([]byte("xxhixx"), "x")), bytes.EqualFold([]byte("Go"), []byte("GO")))
	before, after, found := bytes.Cut([]byte("k=v"), []byte("="))
	fmt.Println(string(before), string(after), found, string(bytes.Map(unicode.ToUpper, []byte("héllo"))), string(bytes.ReplaceAll([]byte("aXbXc"), []byte("X"), []byte("--"))))
}

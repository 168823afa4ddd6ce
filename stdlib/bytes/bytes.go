// Package bytes: basic functions on byte slices and the Buffer type, in Go. The searching
// functions delegate to package strings (native) on string copies.
package bytes

import (
	"errors"
	"io"
	"strings"
	"unicode/utf8"
)

// Equal reports whether a and b are the same length and contain the same bytes. A nil
// argument is equivalent to an empty slice.
func Equal(a, b []byte) bool {
	return string(a) == string(b)
}

// Compare returns an integer comparing two byte slices lexicographically.
func Compare(a, b []byte) int {
	return strings.Compare(string(a), string(b))
}

// Contains reports whether subslice is within b.
func Contains(b, subslice []byte) bool {
	return strings.Contains(string(b), string(subslice))
}

// ContainsRune reports whether the rune is contained in the UTF-8-encoded byte slice b.
func ContainsRune(b []byte, r rune) bool {
	return strings.ContainsRune(string(b), r)
}

// Count counts the number of non-overlapping instances of sep in s.
func Count(s, sep []byte) int {
	return strings.Count(string(s), string(sep))
}

// Index returns the index of the first instance of sep in s, or -1.
func Index(s, sep []byte) int {
	return strings.Index(string(s), string(sep))
}

// IndexByte returns the index of the first instance of c in b, or -1.
func IndexByte(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}

// IndexRune returns the byte index of the first occurrence of r in s, or -1.
func IndexRune(s []byte, r rune) int {
	return strings.IndexRune(string(s), r)
}

// LastIndex returns the index of the last instance of sep in s, or -1.
func LastIndex(s, sep []byte) int {
	return strings.LastIndex(string(s), string(sep))
}

// HasPrefix tests whether the byte slice s begins with prefix.
func HasPrefix(s, prefix []byte) bool {
	return len(s) >= len(prefix) && Equal(s[0:len(prefix)], prefix)
}

// HasSuffix tests whether the byte slice s ends with suffix.
func HasSuffix(s, suffix []byte) bool {
	return len(s) >= len(suffix) && Equal(s[len(s)-len(suffix):], suffix)
}

// Join concatenates the elements of s to create a new byte slice, with sep between them.
func Join(s [][]byte, sep []byte) []byte {
	if len(s) == 0 {
		return []byte{}
	}
	var b []byte
	for i, v := range s {
		if i > 0 {
			b = append(b, sep...)
		}
		b = append(b, v...)
	}
	if b == nil {
		return []byte{}
	}
	return b
}

// Repeat returns a new byte slice consisting of count copies of b.
func Repeat(b []byte, count int) []byte {
	if count == 0 {
		return []byte{}
	}
	return []byte(strings.Repeat(string(b), count))
}

// Split slices s into all subslices separated by sep.
func Split(s, sep []byte) [][]byte {
	parts := strings.Split(string(s), string(sep))
	out := make([][]byte, len(parts))
	for i, p := range parts {
		out[i] = []byte(p)
	}
	return out
}

// Fields splits s around runs of white space.
func Fields(s []byte) [][]byte {
	parts := strings.Fields(string(s))
	out := make([][]byte, len(parts))
	for i, p := range parts {
		out[i] = []byte(p)
	}
	return out
}

// ToUpper returns a copy of s with all Unicode letters mapped to their upper case.
func ToUpper(s []byte) []byte { return []byte(strings.ToUpper(string(s))) }

// ToLower returns a copy of s with all Unicode letters mapped to their lower case.
func ToLower(s []byte) []byte { return []byte(strings.ToLower(string(s))) }

// TrimSpace returns a subslice of s with leading and trailing white space removed.
func TrimSpace(s []byte) []byte {
	t := strings.TrimSpace(string(s))
	if t == "" {
		return nil
	}
	start := strings.Index(string(s), t)
	return s[start : start+len(t)]
}

// ---- Buffer -------------------------------------------------------------------------------

// ErrTooLarge is passed to panic if memory cannot be allocated to store data in a buffer.
var ErrTooLarge = errors.New("bytes.Buffer: too large")

var errNegativeRead = errors.New("bytes.Buffer: reader returned negative count from Read")

var errUnreadByte = errors.New("bytes.Buffer: UnreadByte: previous operation was not a successful read")

// A Buffer is a variable-sized buffer of bytes with Read and Write methods. The zero value
// for Buffer is an empty buffer ready to use.
type Buffer struct {
	buf      []byte // contents are the bytes buf[off : len(buf)]
	off      int    // read at &buf[off], write at &buf[len(buf)]
	lastRead int    // 1: last operation was a read (UnreadByte allowed)
}

// NewBuffer creates and initializes a new Buffer using buf as its initial contents.
func NewBuffer(buf []byte) *Buffer { return &Buffer{buf: buf} }

// NewBufferString creates and initializes a new Buffer using string s as its initial
// contents.
func NewBufferString(s string) *Buffer { return &Buffer{buf: []byte(s)} }

// Bytes returns a slice holding the unread portion of the buffer.
func (b *Buffer) Bytes() []byte { return b.buf[b.off:] }

// String returns the contents of the unread portion of the buffer as a string ("<nil>" for
// a nil *Buffer).
func (b *Buffer) String() string {
	if b == nil {
		return "<nil>"
	}
	return string(b.buf[b.off:])
}

// Len returns the number of bytes of the unread portion of the buffer.
func (b *Buffer) Len() int { return len(b.buf) - b.off }

// Cap returns the capacity of the buffer's underlying byte slice.
func (b *Buffer) Cap() int { return cap(b.buf) }

// Truncate discards all but the first n unread bytes from the buffer.
func (b *Buffer) Truncate(n int) {
	if n == 0 {
		b.Reset()
		return
	}
	b.lastRead = 0
	if n < 0 || n > b.Len() {
		panic("bytes.Buffer: truncation out of range")
	}
	b.buf = b.buf[:b.off+n]
}

// Reset resets the buffer to be empty.
func (b *Buffer) Reset() {
	b.buf = b.buf[:0]
	b.off = 0
	b.lastRead = 0
}

// Grow grows the buffer's capacity, if necessary, to guarantee space for another n bytes.
func (b *Buffer) Grow(n int) {
	if n < 0 {
		panic("bytes.Buffer.Grow: negative count")
	}
	if cap(b.buf)-len(b.buf) < n {
		nb := make([]byte, len(b.buf)-b.off, 2*cap(b.buf)+n)
		copy(nb, b.buf[b.off:])
		b.buf = nb
		b.off = 0
	}
}

// Write appends the contents of p to the buffer.
func (b *Buffer) Write(p []byte) (n int, err error) {
	b.lastRead = 0
	b.buf = append(b.buf, p...)
	return len(p), nil
}

// WriteString appends the contents of s to the buffer.
func (b *Buffer) WriteString(s string) (n int, err error) {
	b.lastRead = 0
	b.buf = append(b.buf, s...)
	return len(s), nil
}

// WriteByte appends the byte c to the buffer.
func (b *Buffer) WriteByte(c byte) error {
	b.lastRead = 0
	b.buf = append(b.buf, c)
	return nil
}

// WriteRune appends the UTF-8 encoding of Unicode code point r to the buffer.
func (b *Buffer) WriteRune(r rune) (n int, err error) {
	b.lastRead = 0
	s := string(r)
	b.buf = append(b.buf, s...)
	return len(s), nil
}

// Read reads the next len(p) bytes from the buffer or until the buffer is drained.
func (b *Buffer) Read(p []byte) (n int, err error) {
	b.lastRead = 0
	if b.off >= len(b.buf) {
		b.Reset()
		if len(p) == 0 {
			return 0, nil
		}
		return 0, io.EOF
	}
	n = copy(p, b.buf[b.off:])
	b.off += n
	if n > 0 {
		b.lastRead = 1
	}
	return n, nil
}

// ReadByte reads and returns the next byte from the buffer.
func (b *Buffer) ReadByte() (byte, error) {
	if b.off >= len(b.buf) {
		b.Reset()
		return 0, io.EOF
	}
	c := b.buf[b.off]
	b.off++
	b.lastRead = 1
	return c, nil
}

// ReadRune reads and returns the next UTF-8-encoded Unicode code point from the buffer.
func (b *Buffer) ReadRune() (r rune, size int, err error) {
	if b.off >= len(b.buf) {
		b.Reset()
		return 0, 0, io.EOF
	}
	r, size = utf8.DecodeRune(b.buf[b.off:])
	b.off += size
	b.lastRead = 0
	return r, size, nil
}

// UnreadByte unreads the last byte returned by the most recent successful read operation.
func (b *Buffer) UnreadByte() error {
	if b.lastRead == 0 {
		return errUnreadByte
	}
	b.lastRead = 0
	if b.off > 0 {
		b.off--
	}
	return nil
}

// ReadString reads until the first occurrence of delim in the input, returning a string
// containing the data up to and including the delimiter.
func (b *Buffer) ReadString(delim byte) (line string, err error) {
	i := IndexByte(b.buf[b.off:], delim)
	end := b.off + i + 1
	if i < 0 {
		end = len(b.buf)
		err = io.EOF
	}
	line = string(b.buf[b.off:end])
	b.off = end
	b.lastRead = 1
	return line, err
}

// WriteTo writes data to w until the buffer is drained or an error occurs.
func (b *Buffer) WriteTo(w io.Writer) (n int64, err error) {
	b.lastRead = 0
	if nBytes := b.Len(); nBytes > 0 {
		m, e := w.Write(b.buf[b.off:])
		if m > nBytes {
			panic("bytes.Buffer.WriteTo: invalid Write count")
		}
		b.off += m
		n = int64(m)
		if e != nil {
			return n, e
		}
		if m != nBytes {
			return n, io.ErrShortWrite
		}
	}
	b.Reset()
	return n, nil
}

// ---- more functions ------------------------------------------------------------------------

// IndexFunc returns the byte index in s of the first code point satisfying f(c), or -1.
func IndexFunc(s []byte, f func(r rune) bool) int {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRune(s[i:])
		if f(r) {
			return i
		}
		i += size
	}
	return -1
}

// LastIndexFunc returns the byte index in s of the last code point satisfying f(c), or -1.
func LastIndexFunc(s []byte, f func(r rune) bool) int {
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRune(s[0:i])
		i -= size
		if f(r) {
			return i
		}
	}
	return -1
}

// IndexAny returns the byte index of the first occurrence in s of any of the code points in
// chars, or -1.
func IndexAny(s []byte, chars string) int { return strings.IndexAny(string(s), chars) }

// LastIndexAny returns the byte index of the last occurrence in s of any of the code points
// in chars, or -1.
func LastIndexAny(s []byte, chars string) int { return strings.LastIndexAny(string(s), chars) }

// LastIndexByte returns the index of the last instance of c in s, or -1.
func LastIndexByte(s []byte, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// ContainsAny reports whether any of the UTF-8-encoded code points in chars are within b.
func ContainsAny(b []byte, chars string) bool { return IndexAny(b, chars) >= 0 }

// ContainsFunc reports whether any of the code points r within b satisfy f(r).
func ContainsFunc(b []byte, f func(rune) bool) bool { return IndexFunc(b, f) >= 0 }

// EqualFold reports whether s and t are equal under simple Unicode case-folding.
func EqualFold(s, t []byte) bool { return strings.EqualFold(string(s), string(t)) }

// TrimLeftFunc returns a subslice of s without the leading code points satisfying f(c).
func TrimLeftFunc(s []byte, f func(r rune) bool) []byte {
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRune(s[i:])
		if !f(r) {
			break
		}
		i += size
	}
	if i == len(s) {
		return nil
	}
	return s[i:]
}

// TrimRightFunc returns a subslice of s without the trailing code points satisfying f(c).
func TrimRightFunc(s []byte, f func(r rune) bool) []byte {
	i := len(s)
	for i > 0 {
		r, size := utf8.DecodeLastRune(s[0:i])
		if !f(r) {
			break
		}
		i -= size
	}
	return s[0:i]
}

// TrimFunc returns a subslice of s without the leading and trailing code points satisfying
// f(c).
func TrimFunc(s []byte, f func(r rune) bool) []byte {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

func inCutset(cutset string) func(rune) bool {
	return func(r rune) bool { return strings.ContainsRune(cutset, r) }
}

// Trim returns a subslice of s with all leading and trailing code points in cutset removed.
func Trim(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	return TrimFunc(s, inCutset(cutset))
}

// TrimLeft returns a subslice of s with all leading code points in cutset removed.
func TrimLeft(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	return TrimLeftFunc(s, inCutset(cutset))
}

// TrimRight returns a subslice of s with all trailing code points in cutset removed.
func TrimRight(s []byte, cutset string) []byte {
	if len(s) == 0 || cutset == "" {
		return s
	}
	return TrimRightFunc(s, inCutset(cutset))
}

// TrimPrefix returns s without the provided leading prefix.
func TrimPrefix(s, prefix []byte) []byte {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix returns s without the provided trailing suffix.
func TrimSuffix(s, suffix []byte) []byte {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

// Cut slices s around the first instance of sep.
func Cut(s, sep []byte) (before, after []byte, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, nil, false
}

// Clone returns a copy of b[:len(b)] (nil for nil).
func Clone(b []byte) []byte {
	if b == nil {
		return nil
	}
	return append([]byte{}, b...)
}

// Runes interprets s as a sequence of UTF-8-encoded code points.
func Runes(s []byte) []rune { return []rune(string(s)) }

// Map returns a copy of s with all its characters modified by mapping (dropped if negative).
func Map(mapping func(r rune) rune, s []byte) []byte {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, wid := utf8.DecodeRune(s[i:])
		r = mapping(r)
		if r >= 0 {
			b = utf8.AppendRune(b, r)
		}
		i += wid
	}
	return b
}

// Replace returns a copy of s with the first n non-overlapping instances of old replaced by
// new (all of them if n < 0).
func Replace(s, old, new []byte, n int) []byte {
	return []byte(strings.Replace(string(s), string(old), string(new), n))
}

// ReplaceAll returns a copy of s with all non-overlapping instances of old replaced by new.
func ReplaceAll(s, old, new []byte) []byte { return Replace(s, old, new, -1) }

// SplitN slices s into subslices separated by sep (at most n of them).
func SplitN(s, sep []byte, n int) [][]byte {
	parts := strings.SplitN(string(s), string(sep), n)
	if parts == nil {
		return nil
	}
	out := make([][]byte, len(parts))
	for i, p := range parts {
		out[i] = []byte(p)
	}
	return out
}

// ToTitle returns a copy of s with all Unicode letters mapped to their title case.
func ToTitle(s []byte) []byte { return []byte(strings.ToTitle(string(s))) }

func bytesOfStrings(parts []string) [][]byte {
	if parts == nil {
		return nil
	}
	out := make([][]byte, len(parts))
	for i, p := range parts {
		out[i] = []byte(p)
	}
	return out
}

// FieldsFunc splits s at each run of code points c satisfying f(c) and returns a slice of
// subslices of s. If all code points in s satisfy f(c), or len(s) == 0, an empty slice is
// returned.
func FieldsFunc(s []byte, f func(rune) bool) [][]byte {
	return bytesOfStrings(strings.FieldsFunc(string(s), f))
}

// SplitAfter slices s into all subslices after each instance of sep and returns a slice of
// those subslices.
func SplitAfter(s, sep []byte) [][]byte {
	return bytesOfStrings(strings.SplitAfter(string(s), string(sep)))
}

// SplitAfterN slices s into subslices after each instance of sep and returns a slice of those
// subslices; n says how many (n < 0: all, n == 0: nil).
func SplitAfterN(s, sep []byte, n int) [][]byte {
	return bytesOfStrings(strings.SplitAfterN(string(s), string(sep), n))
}

// Title treats s as UTF-8-encoded bytes and returns a copy with all Unicode letters that begin
// words mapped to their title case.
//
// Deprecated: as in Go.
func Title(s []byte) []byte { return []byte(strings.Title(string(s))) }

// ToValidUTF8 treats s as UTF-8-encoded bytes and returns a copy with each run of bytes
// representing invalid UTF-8 replaced with the bytes in replacement, which may be empty.
func ToValidUTF8(s, replacement []byte) []byte {
	return []byte(strings.ToValidUTF8(string(s), string(replacement)))
}

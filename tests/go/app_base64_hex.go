package main

import (
	"fmt"
	"strings"
)

const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

func encode(src []byte) string {
	var sb strings.Builder
	for i := 0; i < len(src); i += 3 {
		var chunk [3]byte
		n := copy(chunk[:], src[i:])
		v := uint32(chunk[0])<<16 | uint32(chunk[1])<<8 | uint32(chunk[2])
		for j := 0; j < 4; j++ {
			if j <= n {
				sb.WriteByte(alphabet[v>>(18-6*uint(j))&0x3f])
			} else {
				sb.WriteByte('=')
			}
		}
	}
	return sb.String()
}

func decode(s string) ([]byte, error) {
	if len(s)%4 != 0 {
		return nil, fmt.Errorf("bad length %d", len(s))
	}
	var out []byte
	for i := 0; i < len(s); i += 4 {
		var v uint32
		pad := 0
		for j := 0; j < 4; j++ {
			c := s[i+j]
			var d int
			if c == '=' {
				pad++
				d = 0
			} else {
				d = strings.IndexByte(alphabet, c)
				if d < 0 {
					return nil, fmt.Errorf("bad char %q", c)
				}
			}
			v = v<<6 | uint32(d)
		}
		out = append(out, byte(v>>16), byte(v>>8), byte(v))
		out = out[:len(out)-pad]
	}
	return out, nil
}

func hexdump(b []byte) string {
	const digits = "0123456789abcdef"
	out := make([]byte, 0, len(b)*2)
	for _, c := range b {
		out = append(out, digits[c>>4], digits[c&15])
	}
	return string(out)
}

func main() {
	for _, s := range []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "Hello, 世界!"} {
		e := encode([]byte(s))
		d, err := decode(e)
		fmt.Printf("%-14q %-20s %v %s\n", s, e, err, hexdump(d))
	}
	all := make([]byte, 256)
	for i := range all {
		all[i] = byte(i)
	}
	e := encode(all)
	d, _ := decode(e)
	fmt.Println(len(e), e[:40], string(d) == string(all))
	_, err := decode("abc")
	fmt.Println(err)
	_, err = decode("ab!d")
	fmt.Println(err)
}

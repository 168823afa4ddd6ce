package main

import "fmt"

func main() {
	s := "héllo"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(s), len(b), len(r))
	fmt.Println(b)
	fmt.Println(r)
	b[0] = 'H'
	fmt.Println(s, string(b))
	r[1] = 'e'
	fmt.Println(string(r))
	fmt.Println(string(b[1:3]))
	fmt.Printf("%x % x %X\n", s, s, b)
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)))
	bs := []byte{0x47, 0x6f, 0x21}
	fmt.Println(string(bs))
	// Modifying the []byte copy doesn't change the string.
	orig := "immutable"
	cp := []byte(orig)
	for i := range cp {
		cp[i] -= 32
	}
	fmt.Println(orig, string(cp))
	// Appending a string to a []byte.
	buf := []byte("abc")
	buf = append(buf, "def"...)
	buf = append(buf, '!')
	fmt.Println(string(buf), len(buf))
	// copy from string to []byte
	dst := make([]byte, 3)
	n := copy(dst, "xyzw")
	fmt.Println(n, string(dst))
	// Compare string and bytes via conversion.
	fmt.Println(string(dst) == "xyz")
	var empty []byte
	fmt.Printf("%q %d\n", string(empty), len(string(empty)))
	fmt.Println([]byte(""), []rune(""), len([]rune("")))
}

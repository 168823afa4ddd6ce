package main

import (
	"fmt"
	"strings"
)

// Arbitrary precision unsigned integers as little-endian base-10^9 limbs.
type Big []uint32

const base = 1000000000

func FromInt(n uint64) Big {
	var b Big
	for n > 0 {
		b = append(b, uint32(n%base))
		n /= base
	}
	return b
}

func (a Big) Add(b Big) Big {
	var out Big
	var carry uint64
	for i := 0; i < len(a) || i < len(b) || carry > 0; i++ {
		s := carry
		if i < len(a) {
			s += uint64(a[i])
		}
		if i < len(b) {
			s += uint64(b[i])
		}
		out = append(out, uint32(s%base))
		carry = s / base
	}
	return out
}

func (a Big) MulSmall(m uint32) Big {
	var out Big
	var carry uint64
	for _, d := range a {
		p := uint64(d)*uint64(m) + carry
		out = append(out, uint32(p%base))
		carry = p / base
	}
	for carry > 0 {
		out = append(out, uint32(carry%base))
		carry /= base
	}
	return out
}

func (a Big) Mul(b Big) Big {
	res := make([]uint64, len(a)+len(b)+1)
	for i, x := range a {
		var carry uint64
		for j, y := range b {
			cur := res[i+j] + uint64(x)*uint64(y) + carry
			res[i+j] = cur % base
			carry = cur / base
		}
		k := i + len(b)
		for carry > 0 {
			cur := res[k] + carry
			res[k] = cur % base
			carry = cur / base
			k++
		}
	}
	out := make(Big, len(res))
	for i, v := range res {
		out[i] = uint32(v)
	}
	for len(out) > 0 && out[len(out)-1] == 0 {
		out = out[:len(out)-1]
	}
	return out
}

func (a Big) String() string {
	if len(a) == 0 {
		return "0"
	}
	var sb strings.Builder
	sb.WriteString(fmt.Sprint(a[len(a)-1]))
	for i := len(a) - 2; i >= 0; i-- {
		sb.WriteString(fmt.Sprintf("%09d", a[i]))
	}
	return sb.String()
}

func digitSum(s string) int {
	t := 0
	for _, c := range s {
		t += int(c - '0')
	}
	return t
}

func main() {
	f := FromInt(1)
	for i := uint32(2); i <= 50; i++ {
		f = f.MulSmall(i)
	}
	fmt.Println("50! =", f)
	a, b := FromInt(0), FromInt(1)
	for i := 0; i < 200; i++ {
		a, b = b, a.Add(b)
	}
	fmt.Println("fib(200) =", a)
	p := FromInt(1)
	two := FromInt(2)
	for i := 0; i < 128; i++ {
		p = p.Mul(two)
	}
	fmt.Println("2^128 =", p)
	sq := FromInt(18446744073709551615).Mul(FromInt(18446744073709551615))
	fmt.Println("(2^64-1)^2 =", sq)
	f100 := FromInt(1)
	for i := uint32(2); i <= 100; i++ {
		f100 = f100.MulSmall(i)
	}
	s := f100.String()
	fmt.Println(len(s), digitSum(s), FromInt(0))
}

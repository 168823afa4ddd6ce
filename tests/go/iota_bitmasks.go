package main

import (
	"fmt"
	"strings"
)

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
)

func (p Perm) String() string {
	var b strings.Builder
	for i, c := range "rwx" {
		if p&(1<<uint(i)) != 0 {
			b.WriteRune(c)
		} else {
			b.WriteByte('-')
		}
	}
	return b.String()
}

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
)

func (b ByteSize) String() string {
	switch {
	case b >= GB:
		return fmt.Sprintf("%.2fGB", b/GB)
	case b >= MB:
		return fmt.Sprintf("%.2fMB", b/MB)
	case b >= KB:
		return fmt.Sprintf("%.2fKB", b/KB)
	}
	return fmt.Sprintf("%.2fB", b)
}

const (
	Sun = iota
	Mon
	Tue
	Wed
	Thu
	Fri
	Sat
	DaysInWeek
)

func main() {
	perms := []Perm{0, Read, Read | Write, Read | Exec, Read | Write | Exec}
	for _, p := range perms {
		fmt.Printf("%d %s %v\n", p, p, p)
	}
	var p Perm = Read | Write | Exec
	p &^= Write
	fmt.Println(p)
	p ^= Write | Exec
	fmt.Println(p)
	fmt.Println(ByteSize(1023), ByteSize(1500), ByteSize(3*MB+MB/2), ByteSize(1e10))
	fmt.Println(DaysInWeek, Sat-Mon)
	days := [DaysInWeek]string{Sun: "Sun", Sat: "Sat"}
	fmt.Printf("%q\n", days)
}

package main

func main() {
	var a int8 = 300 // ERROR "cannot use 300 \(untyped int constant\) as int8 value in variable declaration \(overflows\)|constant 300 overflows int8"
	var b uint8 = -1 // ERROR "cannot use -1 \(untyped int constant\) as uint8 value in variable declaration \(overflows\)|constant -1 overflows uint8"
	c := int16(70000) // ERROR "cannot convert 70000 \(untyped int constant\) to (type )?int16|constant 70000 overflows int16"
	const big = 1 << 64
	var d int64 = big // ERROR "cannot use big \(untyped int constant 18446744073709551616\) as int64 value in variable declaration \(overflows\)|overflows int64"
	var e uint32 = 1 << 32 // ERROR "cannot use 1 << 32 \(untyped int constant 4294967296\) as uint32 value in variable declaration \(overflows\)|overflows uint32"
	f := 1 << 70 // ERROR "cannot use 1 << 70 \(untyped int constant 1180591620717411303424\) as int value in (variable declaration|assignment) \(overflows\)|overflows int"
	var g float32 = 1e40 // ERROR "cannot use 1e40 \(untyped float constant 1e\+40\) as float32 value in variable declaration \(overflows\)|overflows float32"
	_, _, _, _, _, _, _ = a, b, c, d, e, f, g
}

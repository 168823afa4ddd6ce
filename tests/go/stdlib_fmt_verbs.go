package main

import (
	"fmt"
	"math"
)

func main() {
	// Integers: bases, flags, width and precision.
	fmt.Printf("%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%#X|%o|%#o|%O|%b|%#b\n", 42, 42, 42, -42, 42, 42, 255, 255, 255, 255, 8, 8, 8, 5, 5)
	fmt.Printf("%.3d|%8.3d|%08.3d|%.0d|%5.0d|%x|%X|%+.2d\n", 7, 7, 7, 0, 0, -255, uint8(200), 3)
	fmt.Printf("%v %d %v %v %v\n", int8(-128), uint64(math.MaxUint64), int64(math.MinInt64), uintptr(10), int16(-300))
	fmt.Printf("%c|%q|%U|%#U|%c|%q|%x\n", 'A', 'x', 0x1F600, 'x', 0x4E16, '\n', 'é')
	fmt.Printf("[%*d] [%-*d] [%.*f] [%*.*f]\n", 6, 12, 6, 12, 2, math.Pi, 10, 3, math.E)
	fmt.Printf("%[2]d %[1]d %d|%[1]*[2]d|\n", 3, 4)

	// Floats.
	fmt.Printf("%f|%.2f|%8.3f|%-8.3f|%08.3f|%+.1e|%E|%g|%G|%.3g|%#g|%#.3g\n", 3.14159, 2.5, 3.14159, 3.14159, -3.14159, 12345.678, 1e-10, 1e21, 1e-7, 1234.5678, 1.0, 2.0)
	fmt.Println(1e6, 1.5, 3.14159, 1e-5, 100000.0, 123456789.0, 0.000123, 1e20, 1e21, float32(0.1), float32(1)/3, 1.0/3)
	fmt.Printf("%v %v %v %v %5.1f|%-6v|%06.2f\n", math.Inf(1), math.Inf(-1), math.NaN(), math.Copysign(0, -1), math.Inf(-1), math.NaN(), -1.5)
	fmt.Printf("%x %X %b %.3x %e %.0f %.0f %.0f %.1f\n", 1.5, -1.5, 1.0, 3.0, 0.0, 0.5, 1.5, 2.5, 0.25)
	fmt.Printf("%6.2f|%-8.3e|% .3g|%+g\n", 3.14159, 1234.5, 0.0001234, 1e100)

	// Strings and byte slices.
	fmt.Printf("%s|%10s|%-10s|%.2s|%q|%+q|%#q|%#q|%x|% x|%#x|% #X|%5.1q\n", "hi", "hi", "hi", "héllo", "a\"b\n", "héllo", "back`q", "raw", "hi", "hi", "hi", "hi", "héllo")
	fmt.Printf("%s|%x|%X|% x|%q|%v|%d\n", []byte("Go!"), []byte("Go!"), []byte{1, 171}, []byte("ab"), []byte("a\tb"), []byte("ab"), []byte("ab"))
	fmt.Printf("%t|%v|%6t|%-7t|\n", true, false, true, false)
	fmt.Printf("%.3s|%.10s|%.0s|%5.2s|\n", "日本語日本語", "ab", "abc", "日本語")
	fmt.Printf("%q %q %q %q\n", "\x00\xff", "日本", "\u2028", `C:\dir`)
	fmt.Printf("%%|%5%|%c|%c\n", 0x110000, -1)
}

package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var names = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func (d Weekday) String() string {
	if d < 0 || int(d) >= len(names) {
		return fmt.Sprintf("Weekday(%d)", int(d))
	}
	return names[d]
}

func (d Weekday) Weekend() bool {
	switch d {
	case Saturday, Sunday:
		return true
	}
	return false
}

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

func (b ByteSize) String() string {
	switch {
	case b >= TB:
		return fmt.Sprintf("%.2fTB", b/TB)
	case b >= GB:
		return fmt.Sprintf("%.2fGB", b/GB)
	case b >= MB:
		return fmt.Sprintf("%.2fMB", b/MB)
	case b >= KB:
		return fmt.Sprintf("%.2fKB", b/KB)
	}
	return fmt.Sprintf("%.2fB", b)
}

func classify(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", v)
	case float64:
		return fmt.Sprintf("float %g", v)
	case string:
		if len(v) > 3 {
			return "long string"
		}
		return "string " + v
	case []int:
		return fmt.Sprintf("slice len %d", len(v))
	case map[string]int:
		return fmt.Sprintf("map len %d", len(v))
	case error:
		return "error " + v.Error()
	case fmt.Stringer:
		return "stringer " + v.String()
	case func() int:
		return fmt.Sprint("func returning ", v())
	case *int:
		return fmt.Sprint("ptr to ", *v)
	case bool, rune:
		return fmt.Sprintf("bool or rune %T", v)
	case struct{}:
		return "empty struct"
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	default:
		return "F"
	}
}

func main() {
	for d := Sunday; d <= Saturday+1; d++ {
		fmt.Printf("%v(%d) weekend=%v; ", d, d, d.Weekend())
	}
	fmt.Println()
	fmt.Println(KB, MB, GB, TB, ByteSize(1e13), ByteSize(500), ByteSize(123456789))
	n := 5
	vals := []interface{}{nil, 1, int64(2), 2.5, "hi", "hello", []int{1, 2}, map[string]int{}, fmt.Errorf("e"), Monday, func() int { return 7 }, &n, true, 'x', struct{}{}, uint8(3), [2]int{}}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	for _, s := range []int{95, 85, 75, 10} {
		fmt.Print(grade(s))
	}
	fmt.Println()
	switch x := 3; x {
	case 1:
		fmt.Println("one")
	case 2, 3:
		fmt.Println("two or three")
		fallthrough
	case 4:
		fmt.Println("fell into four")
		fallthrough
	default:
		fmt.Println("default too")
	case 5:
		fmt.Println("five")
	}
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			switch {
			case j == 2:
				continue outer
			case i == 3:
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	i := 0
loop:
	if i < 5 {
		fmt.Print(i)
		i++
		goto loop
	}
	fmt.Println()
	matrix := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, 9}}
	found := false
search:
	for r, row := range matrix {
		for c, v := range row {
			if v < 0 {
				fmt.Println("negative at", r, c)
				found = true
				break search
			}
		}
	}
	fmt.Println(found)
	count := 0
	for {
		count++
		if count%2 == 0 {
			continue
		}
		if count > 7 {
			break
		}
		fmt.Print(count, ",")
	}
	fmt.Println()
	sw := func(s string) int {
		switch s {
		case "a":
			return 1
		case "b":
		case "c":
			return 3
		}
		return 0
	}
	fmt.Println(sw("a"), sw("b"), sw("c"), sw("d"))
	var x interface{} = 3
	switch x {
	case 3:
		fmt.Println("iface eq 3")
	case "3":
		fmt.Println("string")
	}
	switch y := x.(type) {
	case int:
		y += 10
		fmt.Println(y)
	}
}

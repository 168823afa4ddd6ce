package main

import "fmt"

var monthDays = [12]int{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}
var weekdays = [7]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

type Date struct{ Y, M, D int }

func leap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysIn(y, m int) int {
	if m == 2 && leap(y) {
		return 29
	}
	return monthDays[m-1]
}

// days since 0000-03-01 style epoch (proleptic Gregorian)
func (d Date) Ordinal() int {
	y, m := d.Y, d.M
	if m <= 2 {
		y--
		m += 12
	}
	return 365*y + y/4 - y/100 + y/400 + (153*(m-3)+2)/5 + d.D
}

func (d Date) Weekday() string {
	return weekdays[(d.Ordinal()+2)%7]
}

func (d Date) AddDays(n int) Date {
	for n > 0 {
		left := daysIn(d.Y, d.M) - d.D
		if n <= left {
			d.D += n
			return d
		}
		n -= left + 1
		d.D = 1
		d.M++
		if d.M > 12 {
			d.M = 1
			d.Y++
		}
	}
	return d
}

func (d Date) String() string { return fmt.Sprintf("%04d-%02d-%02d", d.Y, d.M, d.D) }

func main() {
	dates := []Date{{2000, 1, 1}, {1969, 7, 20}, {2024, 2, 29}, {1900, 3, 1}, {2038, 1, 19}}
	for _, d := range dates {
		fmt.Println(d, d.Weekday())
	}
	fmt.Println(Date{2024, 12, 25}.Ordinal() - Date{2024, 1, 1}.Ordinal())
	fmt.Println(Date{2023, 12, 31}.AddDays(1), Date{2024, 2, 28}.AddDays(1), Date{2023, 2, 28}.AddDays(1), Date{2024, 1, 1}.AddDays(366))
	for _, y := range []int{1900, 2000, 2023, 2024, 2100} {
		fmt.Print(y, ":", leap(y), " ")
	}
	fmt.Println()
	// Friday the 13ths in 2026
	for m := 1; m <= 12; m++ {
		if d := (Date{2026, m, 13}); d.Weekday() == "Friday" {
			fmt.Println(d)
		}
	}
}

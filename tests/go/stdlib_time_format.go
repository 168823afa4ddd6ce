package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2023, time.March, 5, 14, 7, 9, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Weekday(), t.YearDay())
	y, w := t.ISOWeek()
	fmt.Println(y, w, t.Unix(), t.UnixMilli(), t.Location(), t.IsZero())
	layouts := []string{time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850, time.RFC1123, time.RFC1123Z,
		time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp, time.StampMilli, time.StampMicro, time.StampNano,
		"2006-01-02", "15:04:05", "Mon Jan 2", "02/01/06 3:04PM", "Monday, 2 January 2006", ".000 .999 ,000", "_2 __2 002", "-07:00 Z07:00 -0700 MST"}
	for _, l := range layouts {
		fmt.Printf("%-40q %s\n", l, t.Format(l))
	}
	est := time.FixedZone("EST", -5*3600)
	te := t.In(est)
	fmt.Println(te, te.Format(time.RFC3339), te.Equal(t), te.Hour())
	ist := time.FixedZone("IST", 5*3600+1800)
	fmt.Println(t.In(ist).Format(time.RFC1123Z), t.In(ist).Format("Z07:00 -07 -07:00:00"))

	fmt.Println(t.AddDate(0, 1, 0), t.AddDate(1, -3, 30).Format("2006-01-02"), time.Date(2023, 10, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 1, 0).Format("Jan 2"))
	fmt.Println(time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC).AddDate(1, 0, 0).Format("2006-01-02"), time.Date(2023, 13, 35, 25, 61, 61, 0, time.UTC))
	a := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	b := time.Date(2024, 6, 15, 12, 30, 0, 0, time.UTC)
	fmt.Println(b.Sub(a), b.Sub(a).Hours()/24, a.Before(b), b.After(a))
	fmt.Println(t.Truncate(time.Hour), t.Round(time.Minute), t.Truncate(24*time.Hour).Format(time.RFC3339Nano))
	var zero time.Time
	fmt.Println(zero, zero.IsZero(), zero.Year(), zero.Weekday())
	fmt.Println(time.Unix(0, 0).UTC(), time.Unix(1700000000, 0).UTC().Format("2006-01-02 15:04:05"), time.UnixMilli(-1).UTC())
	for _, d := range []time.Time{time.Date(1999, 12, 31, 23, 59, 59, 0, time.UTC), time.Date(1900, 3, 1, 0, 0, 0, 0, time.UTC), time.Date(-44, 3, 15, 0, 0, 0, 0, time.UTC)} {
		fmt.Println(d.Format("Mon 2006-01-02 15:04:05"), d.Weekday(), d.YearDay())
	}

	for _, c := range []struct{ layout, value string }{
		{time.RFC3339, "2021-07-04T10:30:00Z"},
		{"2006-01-02 15:04", "2019-11-09 08:15"},
		{"Jan 2, 2006 at 3:04pm (MST)", "Feb 3, 2013 at 7:54pm (UTC)"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 UTC"},
		{"2006-01-02", "2021-02-30"},
		{"2006-01-02", "not a date"},
		{time.Kitchen, "3:04PM"},
		{"2006-01-02T15:04:05.000Z", "2020-05-06T07:08:09.123Z"},
	} {
		p, err := time.Parse(c.layout, c.value)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(p, p.Unix(), p.Nanosecond())
	}
	fmt.Printf("%v|%s|%d\n", time.March, time.Friday, time.March)
}

package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, time.Microsecond, 1500 * time.Nanosecond, time.Millisecond, 1500 * time.Microsecond,
		time.Second, 90 * time.Second, time.Hour + 2*time.Minute + 3*time.Second + 4*time.Millisecond, -time.Minute, 100 * time.Hour, 1<<63 - 1}
	for _, d := range ds {
		fmt.Println(d, int64(d), d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	}
	d := 3*time.Hour + 25*time.Minute + 45*time.Second + 500*time.Millisecond
	fmt.Println(d.Round(time.Hour), d.Round(time.Minute), d.Truncate(time.Minute), d.Round(0), (-d).Round(time.Hour), (-d).Truncate(time.Hour))
	fmt.Printf("%v %s %d %T %.1f\n", d, d, d, d, d.Hours())
	fmt.Println(time.Duration(1500)*time.Microsecond, 2*time.Second/3, time.Second*2 > time.Millisecond*1999)
	for _, s := range []string{"300ms", "-1.5h", "2h45m", "1h2m3s4ms5us6ns", "1µs", "0", "", "1", "3d", ".s", "1.5.2s", "+5m"} {
		d, err := time.ParseDuration(s)
		fmt.Println(d, err)
	}
	t0 := time.Unix(1700000000, 500)
	t1 := t0.Add(90 * time.Minute)
	fmt.Println(t1.Sub(t0), t0.Sub(t1), t1.After(t0), t1.Before(t0), t0.Equal(time.Unix(1700000000, 500)))
	fmt.Println(t0.Unix(), t0.UnixNano(), t0.UnixMilli(), t1.Unix(), t0.Nanosecond())
	fmt.Println(time.UnixMilli(1700000000123).UnixNano(), time.Unix(0, -1).Unix(), time.Unix(0, -1).Nanosecond())
	var zero time.Time
	fmt.Println(zero.IsZero(), t0.IsZero(), zero.Unix())
	start := time.Now()
	el := time.Since(start)
	fmt.Println(el >= 0, el < time.Minute, time.Until(start) <= 0)
	fmt.Println(time.January, time.December, time.Month(13), time.Sunday, time.Saturday, time.Weekday(9))
}

package main

import (
	"fmt"
	"time"
)

type Task struct {
	Name string
	Dur  time.Duration
}

func main() {
	ds := []time.Duration{0, 1, 999, 1500 * time.Nanosecond, time.Microsecond, 1500 * time.Microsecond, time.Millisecond * 250, time.Second, 90 * time.Second, time.Hour + 30*time.Minute + 15*time.Second, 36 * time.Hour, -5 * time.Second, time.Duration(1<<63 - 1)}
	for _, d := range ds {
		fmt.Printf("%v|%s|%d|%.3f|%.2f|%v\n", d, d, d, d.Seconds(), d.Minutes(), d.Milliseconds())
	}
	d := 2*time.Hour + 45*time.Minute + 30*time.Second + 500*time.Millisecond
	fmt.Println(d.Hours(), d.Round(time.Minute), d.Truncate(time.Hour), d.Round(time.Hour), d.Microseconds(), d.Nanoseconds())
	fmt.Println(time.Duration(1234567890).Round(time.Millisecond), time.Duration(1234567890).Truncate(time.Second))
	p, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(p, err, p.Seconds())
	p, err = time.ParseDuration("-1.5h")
	fmt.Println(p, err)
	p, err = time.ParseDuration("300ms")
	fmt.Println(p, err)
	p, err = time.ParseDuration("2x")
	fmt.Println(p, err)
	p, err = time.ParseDuration("")
	fmt.Println(p, err)
	tasks := []Task{{"build", 3 * time.Minute}, {"test", 90 * time.Second}, {"deploy", 45 * time.Second}}
	var total time.Duration
	for _, t := range tasks {
		total += t.Dur
		fmt.Printf("%-8s %8v\n", t.Name, t.Dur)
	}
	fmt.Println("total:", total, "avg:", total/time.Duration(len(tasks)))
	fmt.Printf("%+v\n", tasks[0])
	fmt.Println(time.Duration(3) * time.Second)
	timeout := 5 * time.Second
	fmt.Printf("timeout %v (%T)\n", timeout, timeout)
	t := time.Date(2023, time.March, 15, 14, 30, 45, 0, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Format("2006-01-02 15:04:05"), t.Format(time.RFC3339), t.Format("Jan 2, 2006 at 3:04pm"), t.Format(time.Kitchen))
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Weekday(), t.YearDay(), t.Hour(), t.Minute(), t.Second())
	t2 := t.Add(36*time.Hour + 15*time.Minute)
	fmt.Println(t2, t2.Sub(t), t2.After(t), t.Before(t2), t.Equal(t))
	t3 := t.AddDate(0, 1, 20)
	fmt.Println(t3.Format("Mon Jan _2 2006"), t3.Sub(t).Hours())
	y, m, dd := t.Date()
	fmt.Println(y, m, dd, int(m), time.Saturday, time.Month(13))
	pt, err := time.Parse("2006-01-02", "2024-02-29")
	fmt.Println(pt, err, pt.Weekday())
	_, err = time.Parse("2006-01-02", "2023-02-30")
	fmt.Println(err)
	fmt.Println(t.Truncate(time.Hour), t.Unix(), time.Unix(0, 0).UTC())
	fmt.Println(t.IsZero(), time.Time{}.IsZero(), time.Time{})
	start := time.Now()
	time.Sleep(2 * time.Millisecond)
	el := time.Since(start)
	fmt.Println(el >= 2*time.Millisecond, el < 5*time.Second)
	deadline := start.Add(time.Hour)
	fmt.Println(time.Until(deadline) > 59*time.Minute)
}

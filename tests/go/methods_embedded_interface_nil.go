package main

import "fmt"

type Notifier interface{ Notify(msg string) string }

type Service struct {
	Notifier // may be nil
	name     string
}

type emailer struct{ addr string }

func (e emailer) Notify(msg string) string { return "mail " + e.addr + ": " + msg }

func (s Service) Alert(msg string) (out string) {
	defer func() {
		if r := recover(); r != nil {
			out = fmt.Sprint("alert failed: ", r)
		}
	}()
	return s.Notify(s.name + " " + msg)
}

func main() {
	s1 := Service{emailer{"ops@example.com"}, "db"}
	fmt.Println(s1.Alert("down"))
	s2 := Service{name: "cache"}
	fmt.Println(s2.Alert("slow"))
	var n Notifier = s1
	fmt.Println(n.Notify("direct"))
	fmt.Printf("%T %v\n", s2.Notifier, s2.Notifier == nil)
}

package main

import "fmt"

type Resource struct {
	id     int
	closed bool
}

var log []string

func open(id int) *Resource {
	log = append(log, fmt.Sprintf("open %d", id))
	return &Resource{id: id}
}

func (r *Resource) Close() {
	r.closed = true
	log = append(log, fmt.Sprintf("close %d", r.id))
}

func process(ids []int) (total int) {
	for _, id := range ids {
		func() {
			r := open(id)
			defer r.Close()
			if id%2 == 0 {
				return
			}
			total += id
		}()
	}
	return total
}

func stack() {
	var rs []*Resource
	for i := 0; i < 3; i++ {
		r := open(10 + i)
		rs = append(rs, r)
		defer r.Close()
	}
	log = append(log, "using all")
}

func deferInDefer() {
	defer func() {
		defer func() { log = append(log, "inner deferred") }()
		log = append(log, "outer deferred")
	}()
	log = append(log, "body")
}

func main() {
	fmt.Println(process([]int{1, 2, 3, 4, 5}))
	stack()
	deferInDefer()
	for _, l := range log {
		fmt.Println(l)
	}
}

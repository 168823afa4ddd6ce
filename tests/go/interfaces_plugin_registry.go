package main

import (
	"fmt"
	"sort"
	"strings"
)

type Plugin interface {
	Name() string
	Run(input string) (string, error)
}

type Describer interface {
	Describe() string
}

type registry struct {
	plugins map[string]Plugin
}

func (r *registry) Register(p Plugin) error {
	if _, dup := r.plugins[p.Name()]; dup {
		return fmt.Errorf("plugin %q already registered", p.Name())
	}
	r.plugins[p.Name()] = p
	return nil
}

type upper struct{}

func (upper) Name() string                 { return "upper" }
func (upper) Run(s string) (string, error) { return strings.ToUpper(s), nil }
func (upper) Describe() string             { return "makes text loud" }

type reverse struct{ calls int }

func (r *reverse) Name() string { return "reverse" }
func (r *reverse) Run(s string) (string, error) {
	r.calls++
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs), nil
}

type failing string

func (f failing) Name() string { return string(f) }
func (f failing) Run(s string) (string, error) {
	return "", fmt.Errorf("%s cannot handle %q", string(f), s)
}

type funcPlugin struct {
	name string
	fn   func(string) string
}

func (f funcPlugin) Name() string                 { return f.name }
func (f funcPlugin) Run(s string) (string, error) { return f.fn(s), nil }

func main() {
	r := &registry{plugins: map[string]Plugin{}}
	rev := &reverse{}
	for _, p := range []Plugin{upper{}, rev, failing("broken"), funcPlugin{"twice", func(s string) string { return s + s }}, upper{}} {
		if err := r.Register(p); err != nil {
			fmt.Println("register:", err)
		}
	}
	names := make([]string, 0, len(r.plugins))
	for n := range r.plugins {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		p := r.plugins[n]
		out, err := p.Run("héllo")
		desc := "(no description)"
		if d, ok := p.(Describer); ok {
			desc = d.Describe()
		}
		fmt.Printf("%-8s %-12q %v %s %T\n", n, out, err, desc, p)
	}
	pipeline := []string{"reverse", "upper", "twice", "reverse"}
	s := "abc"
	for _, n := range pipeline {
		s, _ = r.plugins[n].Run(s)
	}
	fmt.Println(s, rev.calls)
}

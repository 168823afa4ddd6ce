package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type parser struct {
	s   string
	pos int
}

type syntaxError struct {
	pos int
	msg string
}

func (e *syntaxError) Error() string { return fmt.Sprintf("offset %d: %s", e.pos, e.msg) }

func (p *parser) fail(format string, args ...interface{}) {
	panic(&syntaxError{p.pos, fmt.Sprintf(format, args...)})
}

func (p *parser) ws() {
	for p.pos < len(p.s) && strings.IndexByte(" \t\n\r", p.s[p.pos]) >= 0 {
		p.pos++
	}
}

func (p *parser) expect(c byte) {
	p.ws()
	if p.pos >= len(p.s) || p.s[p.pos] != c {
		p.fail("expected %q", c)
	}
	p.pos++
}

func (p *parser) value() interface{} {
	p.ws()
	if p.pos >= len(p.s) {
		p.fail("unexpected end")
	}
	switch c := p.s[p.pos]; {
	case c == '{':
		p.pos++
		obj := map[string]interface{}{}
		p.ws()
		if p.s[p.pos] == '}' {
			p.pos++
			return obj
		}
		for {
			p.ws()
			k, ok := p.value().(string)
			if !ok {
				p.fail("object key must be a string")
			}
			p.expect(':')
			obj[k] = p.value()
			p.ws()
			if p.pos < len(p.s) && p.s[p.pos] == ',' {
				p.pos++
				continue
			}
			p.expect('}')
			return obj
		}
	case c == '[':
		p.pos++
		arr := []interface{}{}
		p.ws()
		if p.s[p.pos] == ']' {
			p.pos++
			return arr
		}
		for {
			arr = append(arr, p.value())
			p.ws()
			if p.pos < len(p.s) && p.s[p.pos] == ',' {
				p.pos++
				continue
			}
			p.expect(']')
			return arr
		}
	case c == '"':
		end := p.pos + 1
		for end < len(p.s) && p.s[end] != '"' {
			if p.s[end] == '\\' {
				end++
			}
			end++
		}
		if end >= len(p.s) {
			p.fail("unterminated string")
		}
		s, err := strconv.Unquote(p.s[p.pos : end+1])
		if err != nil {
			p.fail("bad string: %v", err)
		}
		p.pos = end + 1
		return s
	case c == 't' && strings.HasPrefix(p.s[p.pos:], "true"):
		p.pos += 4
		return true
	case c == 'f' && strings.HasPrefix(p.s[p.pos:], "false"):
		p.pos += 5
		return false
	case c == 'n' && strings.HasPrefix(p.s[p.pos:], "null"):
		p.pos += 4
		return nil
	case c == '-' || (c >= '0' && c <= '9'):
		start := p.pos
		for p.pos < len(p.s) && strings.IndexByte("+-0123456789.eE", p.s[p.pos]) >= 0 {
			p.pos++
		}
		f, err := strconv.ParseFloat(p.s[start:p.pos], 64)
		if err != nil {
			p.fail("bad number %q", p.s[start:p.pos])
		}
		return f
	default:
		p.fail("unexpected %q", c)
	}
	return nil
}

func Parse(s string) (v interface{}, err error) {
	defer func() {
		if r := recover(); r != nil {
			se, ok := r.(*syntaxError)
			if !ok {
				panic(r)
			}
			err = se
		}
	}()
	p := &parser{s: s}
	v = p.value()
	p.ws()
	if p.pos != len(s) {
		p.fail("trailing data")
	}
	return v, nil
}

func show(v interface{}) string {
	switch x := v.(type) {
	case map[string]interface{}:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		parts := make([]string, len(keys))
		for i, k := range keys {
			parts[i] = strconv.Quote(k) + ":" + show(x[k])
		}
		return "{" + strings.Join(parts, ",") + "}"
	case []interface{}:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = show(e)
		}
		return "[" + strings.Join(parts, ",") + "]"
	case string:
		return strconv.Quote(x)
	case nil:
		return "null"
	}
	return fmt.Sprint(v)
}

func main() {
	inputs := []string{
		`{"b": [1, 2.5, -3e2, true, null], "a": {"nested": "va\"lue\n"}, "c": []}`,
		`[ ]`,
		`"just a string"`,
		`{"a": 1,}`,
		`[1, 2`,
		`{"a" 1}`,
		`[1] x`,
		`{1: 2}`,
		`-`,
		`"\u00e9\t"`,
	}
	for _, in := range inputs {
		v, err := Parse(in)
		if err != nil {
			fmt.Printf("%-30s error: %v\n", in, err)
			continue
		}
		fmt.Printf("%-30s %s\n", in, show(v))
	}
}

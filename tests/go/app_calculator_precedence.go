package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

// Recursive-descent calculator with precedence, unary minus, parentheses and errors.
type parser struct {
	toks []string
	pos  int
}

func tokenize(s string) ([]string, error) {
	var toks []string
	for i := 0; i < len(s); {
		c := rune(s[i])
		switch {
		case unicode.IsSpace(c):
			i++
		case unicode.IsDigit(c) || c == '.':
			j := i
			for j < len(s) && (unicode.IsDigit(rune(s[j])) || s[j] == '.') {
				j++
			}
			toks = append(toks, s[i:j])
			i = j
		case strings.ContainsRune("+-*/%^()", c):
			toks = append(toks, string(c))
			i++
		default:
			return nil, fmt.Errorf("unexpected %q at %d", c, i)
		}
	}
	return toks, nil
}

func (p *parser) peek() string {
	if p.pos < len(p.toks) {
		return p.toks[p.pos]
	}
	return ""
}

func (p *parser) next() string {
	t := p.peek()
	p.pos++
	return t
}

func (p *parser) expr() float64 {
	v := p.term()
	for p.peek() == "+" || p.peek() == "-" {
		if p.next() == "+" {
			v += p.term()
		} else {
			v -= p.term()
		}
	}
	return v
}

func (p *parser) term() float64 {
	v := p.power()
	for p.peek() == "*" || p.peek() == "/" || p.peek() == "%" {
		switch p.next() {
		case "*":
			v *= p.power()
		case "/":
			d := p.power()
			if d == 0 {
				panic("division by zero")
			}
			v /= d
		case "%":
			v = float64(int(v) % int(p.power()))
		}
	}
	return v
}

func (p *parser) power() float64 {
	base := p.unary()
	if p.peek() == "^" {
		p.next()
		exp := p.power() // right associative
		r := 1.0
		for i := 0; i < int(exp); i++ {
			r *= base
		}
		return r
	}
	return base
}

func (p *parser) unary() float64 {
	if p.peek() == "-" {
		p.next()
		return -p.unary()
	}
	return p.primary()
}

func (p *parser) primary() float64 {
	t := p.next()
	if t == "(" {
		v := p.expr()
		if p.next() != ")" {
			panic("missing )")
		}
		return v
	}
	v, err := strconv.ParseFloat(t, 64)
	if err != nil {
		panic(fmt.Sprintf("bad number %q", t))
	}
	return v
}

func eval(s string) (v float64, err error) {
	toks, err := tokenize(s)
	if err != nil {
		return 0, err
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	p := &parser{toks: toks}
	v = p.expr()
	if p.pos != len(toks) {
		return 0, fmt.Errorf("trailing %q", p.peek())
	}
	return v, nil
}

func main() {
	for _, s := range []string{"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "17 % 5 + 0.5",
		"--3", "1 / 0", "(1 + 2", "1 + x", "3 4", "2 * (3 + 4) * 5 - 6 / (1 + 2)", "1.5e3"} {
		v, err := eval(s)
		if err != nil {
			fmt.Printf("%-32s error: %v\n", s, err)
		} else {
			fmt.Printf("%-32s = %g\n", s, v)
		}
	}
}

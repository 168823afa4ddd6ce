package main

import (
	"fmt"
	"strings"
	"unicode"
)

type Kind int

const (
	EOF Kind = iota
	Ident
	Number
	String
	Op
	LParen
	RParen
	Keyword
	Illegal
)

var kindNames = map[Kind]string{EOF: "EOF", Ident: "IDENT", Number: "NUMBER", String: "STRING",
	Op: "OP", LParen: "LPAREN", RParen: "RPAREN", Keyword: "KEYWORD", Illegal: "ILLEGAL"}

func (k Kind) String() string { return kindNames[k] }

type Token struct {
	Kind Kind
	Text string
	Line int
	Col  int
}

var keywords = map[string]bool{"let": true, "if": true, "else": true, "fn": true, "return": true}

type Lexer struct {
	src       []rune
	pos       int
	line, col int
}

func NewLexer(s string) *Lexer { return &Lexer{src: []rune(s), line: 1, col: 1} }

func (l *Lexer) peek() rune {
	if l.pos >= len(l.src) {
		return 0
	}
	return l.src[l.pos]
}

func (l *Lexer) advance() rune {
	r := l.src[l.pos]
	l.pos++
	if r == '\n' {
		l.line++
		l.col = 1
	} else {
		l.col++
	}
	return r
}

func (l *Lexer) Next() Token {
	for l.pos < len(l.src) && unicode.IsSpace(l.peek()) {
		l.advance()
	}
	if l.pos >= len(l.src) {
		return Token{EOF, "", l.line, l.col}
	}
	line, col := l.line, l.col
	start := l.pos
	r := l.advance()
	switch {
	case unicode.IsLetter(r) || r == '_':
		for unicode.IsLetter(l.peek()) || unicode.IsDigit(l.peek()) || l.peek() == '_' {
			l.advance()
		}
		text := string(l.src[start:l.pos])
		if keywords[text] {
			return Token{Keyword, text, line, col}
		}
		return Token{Ident, text, line, col}
	case unicode.IsDigit(r):
		for unicode.IsDigit(l.peek()) || l.peek() == '.' {
			l.advance()
		}
		return Token{Number, string(l.src[start:l.pos]), line, col}
	case r == '"':
		var sb strings.Builder
		for l.pos < len(l.src) && l.peek() != '"' {
			c := l.advance()
			if c == '\\' && l.pos < len(l.src) {
				switch e := l.advance(); e {
				case 'n':
					sb.WriteRune('\n')
				case 't':
					sb.WriteRune('\t')
				default:
					sb.WriteRune(e)
				}
				continue
			}
			sb.WriteRune(c)
		}
		if l.pos >= len(l.src) {
			return Token{Illegal, "unterminated string", line, col}
		}
		l.advance()
		return Token{String, sb.String(), line, col}
	case r == '(':
		return Token{LParen, "(", line, col}
	case r == ')':
		return Token{RParen, ")", line, col}
	case strings.ContainsRune("+-*/=<>!{},;", r):
		if (r == '=' || r == '<' || r == '>' || r == '!') && l.peek() == '=' {
			l.advance()
		}
		return Token{Op, string(l.src[start:l.pos]), line, col}
	}
	return Token{Illegal, string(r), line, col}
}

func main() {
	src := `let x = 42;
let greet = fn(name) { return "hi, " + name + "\n"; };
if (x >= 10) { greet("wörld") } else { x != 3.14 }
@ "open`
	lx := NewLexer(src)
	counts := map[Kind]int{}
	for {
		t := lx.Next()
		counts[t.Kind]++
		fmt.Printf("%d:%d %-8v %q\n", t.Line, t.Col, t.Kind, t.Text)
		if t.Kind == EOF {
			break
		}
	}
	fmt.Println(counts)
}

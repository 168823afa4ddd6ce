// Lexer: tokens, automatic semicolons, literal values, comments, positions.
#include <doctest.h>

#include <string>

#include "lang/parser/lexer.hpp"

using weft::lang::parser::lex;
using weft::lang::parser::Tok;
using weft::lang::parser::Token;

namespace {

// Tokens as text: names and literals as written, `;` for a written semicolon, `;nl` / `;eof`
// for inserted ones, operators and keywords spelled; the final EOF token is left out.
std::string toks(std::string_view src) {
  auto r = lex(src);
  std::string s;
  for (auto& t : r.tokens) {
    if (t.kind == Tok::EndOfFile) break;
    if (!s.empty()) s += " ";
    if (t.kind == Tok::Semicolon) {
      s += t.text == "semicolon" ? ";" : t.text == "newline" ? ";nl" : ";eof";
    } else {
      s += std::string(t.text);
    }
  }
  for (auto& d : r.diagnostics) s += " ERROR " + d.message;
  return s;
}

// The decoded value of the single literal in `src`.
std::string value(std::string_view src) {
  auto r = lex(src);
  REQUIRE(r.diagnostics.empty());
  REQUIRE(r.tokens.size() >= 2);
  return r.tokens[0].value;
}

Tok kind(std::string_view src) {
  return lex(src).tokens[0].kind;
}

}  // namespace

TEST_CASE("lexer: automatic semicolons after the tokens Go lists") {
  CHECK(toks("x\n") == "x ;nl");
  CHECK(toks("x") == "x ;eof");
  CHECK(toks("42\n1.5\n1i\n'a'\n\"s\"\n`r`\n") ==
        "42 ;nl 1.5 ;nl 1i ;nl 'a' ;nl \"s\" ;nl `r` ;nl");
  CHECK(toks("break\ncontinue\nfallthrough\nreturn\n") ==
        "break ;nl continue ;nl fallthrough ;nl return ;nl");
  CHECK(toks("x++\ny--\n") == "x ++ ;nl y -- ;nl");
  CHECK(toks(")\n]\n}\n") == ") ;nl ] ;nl } ;nl");
}

TEST_CASE("lexer: no semicolon after other tokens") {
  CHECK(toks("x +\ny") == "x + y ;eof");
  CHECK(toks("f(\n") == "f (");
  CHECK(toks("if x {\n") == "if x {");
  CHECK(toks("func\n") == "func");
  CHECK(toks("go\ndefer\n") == "go defer");
  CHECK(toks("x,\n") == "x ,");
  CHECK(toks("\n\n\n") == "");
}

TEST_CASE("lexer: comments and semicolons") {
  CHECK(toks("x // comment\ny") == "x ;nl y ;eof");
  CHECK(toks("x /* one line */\ny") == "x ;nl y ;eof");
  CHECK(toks("x /* two\nlines */ y") == "x ;nl y ;eof");
  CHECK(toks("x + /* two\nlines */ y") == "x + y ;eof");
  CHECK(toks("x // at EOF") == "x ;eof");
  CHECK(toks("/* c */ x") == "x ;eof");
  CHECK(toks("a/*\n*/b") == "a ;nl b ;eof");
}

TEST_CASE("lexer: operators") {
  CHECK(toks("+ - * / % & | ^ << >> &^") == "+ - * / % & | ^ << >> &^");
  CHECK(toks("+= -= *= /= %= &= |= ^= <<= >>= &^=") == "+= -= *= /= %= &= |= ^= <<= >>= &^=");
  CHECK(toks("&& || <- ++ -- == < > = ! ~") == "&& || <- ++ -- == < > = ! ~");
  CHECK(toks("!= <= >= := ... . , ; :") == "!= <= >= := ... . , ; :");
  CHECK(toks("( [ { } ] )") == "( [ { } ] ) ;eof");
  CHECK(toks("a..b") == "a . . b ;eof");
  CHECK(toks("x<-y") == "x <- y ;eof");
  CHECK(toks("x&^=y") == "x &^= y ;eof");
}

TEST_CASE("lexer: keywords and identifiers") {
  CHECK(kind("chan") == Tok::Chan);
  CHECK(kind("interface") == Tok::Interface);
  CHECK(kind("fallthrough") == Tok::Fallthrough);
  CHECK(kind("chans") == Tok::Ident);
  CHECK(kind("_x9") == Tok::Ident);
  CHECK(kind("héllo") == Tok::Ident);
  CHECK(kind("日本語") == Tok::Ident);
  CHECK(kind("x٣") == Tok::Ident);  // a non-ASCII digit after the first letter
  CHECK(toks("αβ γ") == "αβ γ ;eof");
}

TEST_CASE("lexer: integer literals") {
  CHECK(kind("0") == Tok::Int);
  CHECK(value("1_000_000") == "1000000");
  CHECK(value("0x_1F") == "0x1F");
  CHECK(value("0XdeadBEEF") == "0XdeadBEEF");
  CHECK(value("0o17") == "0o17");
  CHECK(value("0O17") == "0O17");
  CHECK(value("017") == "017");
  CHECK(value("0b1010") == "0b1010");
  CHECK(value("0_7") == "07");
  CHECK(lex("1_000").tokens[0].text == "1_000");
}

TEST_CASE("lexer: float and imaginary literals") {
  CHECK(kind("1.5") == Tok::Float);
  CHECK(kind(".5") == Tok::Float);
  CHECK(kind("1.") == Tok::Float);
  CHECK(kind("1e10") == Tok::Float);
  CHECK(kind("1E-3") == Tok::Float);
  CHECK(kind("0x1p-2") == Tok::Float);
  CHECK(kind("0x1.8p+1") == Tok::Float);
  CHECK(kind("0x.8p0") == Tok::Float);
  CHECK(kind("089.5") == Tok::Float);  // decimal digits are fine in a float with leading 0
  CHECK(value("1_0.2_5e1_0") == "10.25e10");
  CHECK(kind("1i") == Tok::Imag);
  CHECK(kind("1.5i") == Tok::Imag);
  CHECK(kind("0x1p2i") == Tok::Imag);
  CHECK(kind("0123i") == Tok::Imag);  // legacy: decimal imaginary
}

TEST_CASE("lexer: interpreted string escapes") {
  CHECK(value(R"("a\ab\bf\fn\nr\rt\tv\v")") == "a\ab\bf\fn\nr\rt\tv\v");
  CHECK(value(R"("\\ \"")") == "\\ \"");
  CHECK(value(R"("\101\x41\u0041\U00000041")") == "AAAA");
  CHECK(value(R"("\377\xff")") == "\xff\xff");  // octal and hex escapes are single bytes
  CHECK(value(R"("\u00e9")") == "\xc3\xa9");    // \u escapes are UTF-8 encoded
  CHECK(value(R"("\U0001F600")") == "\xf0\x9f\x98\x80");
  CHECK(value(R"("héllo, 世界")") == "héllo, 世界");
  CHECK(value(R"("")") == "");
}

TEST_CASE("lexer: rune literals") {
  CHECK(kind("'a'") == Tok::Rune);
  CHECK(value("'a'") == "a");
  CHECK(value("'世'") == "世");
  CHECK(value(R"('\n')") == "\n");
  CHECK(value(R"('\'')") == "'");
  CHECK(value(R"('\x41')") == "A");
  CHECK(value(R"('\377')") == "\xc3\xbf");  // the code point U+00FF, UTF-8 encoded
  CHECK(value(R"('\u12e4')") == "\xe1\x8b\xa4");
  CHECK(value(R"('\U00101234')") == "\xf4\x81\x88\xb4");
}

TEST_CASE("lexer: raw strings keep everything but carriage returns") {
  CHECK(value("`a\\nb`") == "a\\nb");
  CHECK(value("`line1\r\nline2`") == "line1\nline2");
  CHECK(value("`\"'`") == "\"'");
  auto r = lex("`a\nb` x");
  REQUIRE(r.tokens.size() >= 2);
  CHECK(r.tokens[1].pos.line == 2);
  CHECK(r.tokens[1].pos.col == 4);
}

TEST_CASE("lexer: positions count lines, byte columns and offsets") {
  auto r = lex("package main\n\nfunc  f() {\n\té := 1\n}\n");
  REQUIRE(r.diagnostics.empty());
  const Token& func = r.tokens[3];  // package main ;nl func
  CHECK(func.kind == Tok::Func);
  CHECK(func.pos.line == 3);
  CHECK(func.pos.col == 1);
  CHECK(func.pos.offset == 14);
  CHECK(r.tokens[4].pos.col == 7);  // f
  const Token& e = r.tokens[8];     // é
  CHECK(e.text == "é");
  CHECK(e.pos.line == 4);
  CHECK(e.pos.col == 2);
  CHECK(r.tokens[9].pos.col == 5);  // := after a two-byte character
}

TEST_CASE("lexer: #! line and byte order mark") {
  auto r = lex("#!/usr/bin/env weft\npackage main\n");
  REQUIRE(r.diagnostics.empty());
  CHECK(r.tokens[0].kind == Tok::Package);
  CHECK(r.tokens[0].pos.line == 2);
  CHECK(r.tokens[0].pos.col == 1);
  CHECK(r.tokens[0].pos.offset == 20);

  auto b = lex("\xEF\xBB\xBFpackage main\n");
  CHECK(b.diagnostics.empty());
  CHECK(b.tokens[0].kind == Tok::Package);
}

TEST_CASE("lexer: doc comments right above a token") {
  auto r = lex("package p\n\n// F does\n// things.\nfunc F() {}\n\n// detached\n\nfunc G() {}\n");
  REQUIRE(r.docs.size() == 1);
  CHECK(r.docs[0].second == "F does\nthings.\n");
  CHECK(r.tokens[r.docs[0].first].kind == Tok::Func);

  auto b = lex("package p\n/* Block\n   doc */\nfunc F() {}\n");
  REQUIRE(b.docs.size() == 1);
  CHECK(b.docs[0].second == " Block\n   doc \n");

  auto t = lex("package p\nvar x = 1 // trailing\nfunc F() {}\n");
  CHECK(t.docs.empty());
}

TEST_CASE("lexer: a 1 MB string literal") {
  std::string big(1 << 20, 'x');
  auto r = lex("\"" + big + "\"");
  REQUIRE(r.diagnostics.empty());
  CHECK(r.tokens[0].value.size() == big.size());
}

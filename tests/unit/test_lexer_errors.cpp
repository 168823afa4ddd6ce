// Lexer errors: Go's wording and positions (checked against `go build` with Go 1.19).
#include <doctest.h>

#include <string>

#include "lang/parser/lexer.hpp"

using weft::lang::parser::lex;

namespace {

// "line:col: message" of every lexical error in `src`, joined by " | ".
std::string errs(std::string_view src) {
  auto r = lex(src);
  std::string s;
  for (auto& d : r.diagnostics) {
    if (!s.empty()) s += " | ";
    s += std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col) + ": " + d.message;
  }
  return s;
}

}  // namespace

TEST_CASE("lexer errors: numbers") {
  CHECK(errs("x := 0128") == "1:9: invalid digit '8' in octal literal");
  CHECK(errs("x := 09") == "1:7: invalid digit '9' in octal literal");
  CHECK(errs("x := 0b102") == "1:10: invalid digit '2' in binary literal");
  CHECK(errs("x := 1__0") == "1:8: '_' must separate successive digits");
  CHECK(errs("x := 1_") == "1:7: '_' must separate successive digits");
  CHECK(errs("x := 0x_") == "1:9: hexadecimal literal has no digits");
  CHECK(errs("x := 0x") == "1:8: hexadecimal literal has no digits");
  CHECK(errs("x := 0b") == "1:8: binary literal has no digits");
  CHECK(errs("x := 1e") == "1:8: exponent has no digits");
  CHECK(errs("x := 1e+") == "1:9: exponent has no digits");
  CHECK(errs("x := 0x1.5") == "1:11: hexadecimal mantissa requires a 'p' exponent");
  CHECK(errs("x := 0o7.5") == "1:9: invalid radix point in octal literal");
  CHECK(errs("x := 0b1.0") == "1:9: invalid radix point in binary literal");
  CHECK(errs("x := 0x1e3p2") == "");
  CHECK(errs("x := 0o1e3") == "1:9: 'e' exponent requires decimal mantissa");
  CHECK(errs("x := 1p3") == "1:7: 'p' exponent requires hexadecimal mantissa");
  CHECK(errs("x := 0x1_p2") == "1:9: '_' must separate successive digits");
  CHECK(errs("x := 0_x1") == "1:7: '_' must separate successive digits");
}

TEST_CASE("lexer errors: strings and runes") {
  CHECK(errs("x := \"abc\n\"") == "1:10: newline in string | 2:1: string not terminated");
  CHECK(errs("x := \"abc") == "1:6: string not terminated");
  CHECK(errs("x := `abc") == "1:6: string not terminated");
  CHECK(errs("x := 'ab'") == "1:6: more than one character in rune literal");
  CHECK(errs("x := ''") == "1:7: empty rune literal or unescaped '");
  CHECK(errs("x := 'a\n'") == "1:8: newline in rune literal | 2:1: rune literal not terminated");
  CHECK(errs("x := 'a") == "1:6: rune literal not terminated");
  CHECK(errs(R"(x := "\q")") == "1:8: unknown escape");
  CHECK(errs(R"(x := "\'")") == "1:8: unknown escape");
  CHECK(errs(R"(x := '\"')") == "1:8: unknown escape");
  CHECK(errs(R"(x := "\400")") == "1:11: octal escape value 256 > 255");
  CHECK(errs(R"(x := "\xZZ")") == "1:9: invalid character 'Z' in hexadecimal escape");
  CHECK(errs(R"(x := "\09")") == "1:9: invalid character '9' in octal escape");
  CHECK(errs(R"(x := "\uD800")") == "1:13: escape is invalid Unicode code point U+D800");
  CHECK(errs(R"(x := "\U00110000")") == "1:17: escape is invalid Unicode code point U+110000");
  CHECK(errs(R"(x := "\u12")") == "1:11: invalid character '\"' in hexadecimal escape");
}

TEST_CASE("lexer errors: characters, NUL, UTF-8, BOM, comments") {
  CHECK(errs("x := @") == "1:6: invalid character U+0040 '@'");
  CHECK(errs("x := #") == "1:6: invalid character U+0023 '#'");
  CHECK(errs("x := €") == "1:6: invalid character U+20AC '€' in identifier");
  CHECK(errs("x€ := 1") == "1:2: invalid character U+20AC '€' in identifier");
  CHECK(errs("x := ٣") == "1:6: identifier cannot begin with digit U+0663 '٣'");
  CHECK(errs(std::string("x := \"a\0b\"", 10)) == "1:8: invalid NUL character");
  CHECK(errs("x := \"a\xff\"") == "1:8: invalid UTF-8 encoding");
  CHECK(errs("x\xEF\xBB\xBF") == "1:2: invalid BOM in the middle of the file");
  CHECK(errs("x /* abc") == "1:3: comment not terminated");
  CHECK(lex("x /* abc").incomplete);
  CHECK(lex("`abc").incomplete);
  CHECK(!lex("\"abc").incomplete);
}

TEST_CASE("lexer errors: at most the requested number, then EOF") {
  auto r = lex("@@@@@@@@@@@@@@@@@@@@", 10);
  CHECK(r.diagnostics.size() == 10);
  CHECK(r.tokens.back().kind == weft::lang::parser::Tok::EndOfFile);
}

TEST_CASE("lexer: binary garbage never crashes") {
  std::string garbage;
  uint32_t x = 12345;
  for (int i = 0; i < 100000; i++) {
    x = x * 1103515245 + 12345;
    garbage.push_back(static_cast<char>(x >> 16));
  }
  auto r = lex(garbage);
  CHECK(!r.diagnostics.empty());
  CHECK(r.tokens.back().kind == weft::lang::parser::Tok::EndOfFile);
}

// The C++ core of package strconv: number formatting and parsing, quoting. Every function
// gives exactly the result of the Go function it is named after (Go's algorithms, with
// std::to_chars / std::from_chars doing the correctly rounded binary<->decimal steps).
// fmt and the strconv natives are built on these.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace weft::stdlib::strconv {

// ---- formatting --------------------------------------------------------------------------

// strconv.FormatFloat: fmt is one of b e E f g G x X; prec -1 means the shortest
// representation that round-trips; bitSize is 32 or 64.
std::string formatFloat(double f, char fmt, int prec, int bitSize);
void appendFloat(std::string& dst, double f, char fmt, int prec, int bitSize);

// strconv.FormatInt / FormatUint: base 2..36, lower-case digits.
std::string formatInt(int64_t v, int base = 10);
std::string formatUint(uint64_t v, int base = 10);
void appendInt(std::string& dst, int64_t v, int base = 10);
void appendUint(std::string& dst, uint64_t v, int base = 10);

// strconv.Quote and friends (double quotes; ASCII-only / graphic-only variants).
std::string quote(std::string_view s);
std::string quoteToASCII(std::string_view s);
std::string quoteToGraphic(std::string_view s);
void appendQuote(std::string& dst, std::string_view s);
void appendQuoteToASCII(std::string& dst, std::string_view s);
std::string quoteRune(int32_t r);
std::string quoteRuneToASCII(int32_t r);
std::string quoteRuneToGraphic(int32_t r);
bool canBackquote(std::string_view s);

// ---- parsing -----------------------------------------------------------------------------

// What went wrong, in the categories of Go's *NumError (Err is ErrSyntax, ErrRange, or an
// "invalid base N" / "invalid bit size N" error).
enum class ParseError { None, Syntax, Range, Base, BitSize };

template <class T>
struct Parsed {
  T value{};
  ParseError error = ParseError::None;
};

// strconv.ParseInt / ParseUint: base 0 or 2..36 (0: Go literal prefixes and underscores),
// bitSize 0..64 (0 means 64, Weft's int). On Range the value is the clamped extreme, as Go's.
Parsed<int64_t> parseInt(std::string_view s, int base, int bitSize);
Parsed<uint64_t> parseUint(std::string_view s, int base, int bitSize);
// strconv.ParseFloat: bitSize 32 rounds to the nearest float32.
Parsed<double> parseFloat(std::string_view s, int bitSize);
// strconv.ParseBool.
Parsed<bool> parseBool(std::string_view s);

// strconv.Unquote: the value of a Go string, rune or raw string literal; Syntax on error.
Parsed<std::string> unquote(std::string_view s);

// strconv.UnquoteChar: decodes the first character or escape of s inside a literal quoted
// with `quote`. Returns false on a syntax error.
struct UnquotedChar {
  int32_t value = 0;
  bool multibyte = false;
  std::string_view tail;
};
bool unquoteChar(std::string_view s, char quote, UnquotedChar& out);

}  // namespace weft::stdlib::strconv

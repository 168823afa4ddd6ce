// The bits of Unicode the lexer needs: UTF-8 decoding/encoding, letter and digit classes for
// identifiers, and Go's %#U / %q formatting of characters in error messages.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

namespace weft::lang::parser {

constexpr int32_t kRuneError = 0xFFFD;

// Decodes the UTF-8 sequence at s[i] (i < s.size()). Returns (code point, width); an invalid or
// truncated sequence, an overlong form or a surrogate gives (kRuneError, 1), as Go's
// utf8.DecodeRune does.
std::pair<int32_t, std::size_t> decodeRune(std::string_view s, std::size_t i);

void appendUTF8(std::string& out, int32_t cp);

// Unicode letter (categories L*) and decimal digit (Nd) tests for code points >= 0x80. The
// tables cover the scripts in practical use; see unicode.cpp.
bool isUnicodeLetter(int32_t cp);
bool isUnicodeDigit(int32_t cp);

// Go's fmt %#U: "U+0040 '@'" (the character is left out when it is not printable).
std::string formatU(int32_t cp);
// Go's fmt %q for a rune: 'a', '\n', '\x00', '€'.
std::string quoteRune(int32_t cp);

}  // namespace weft::lang::parser

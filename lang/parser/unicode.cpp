#include "lang/parser/unicode.hpp"

#include <algorithm>
#include <cstdio>

#include "lang/parser/unicode_tables.inc"

namespace weft::lang::parser {
namespace {

using unicode_tables::Range;

bool inTable(const Range* table, int count, int32_t cp) {
  const Range* end = table + count;
  const Range* it =
      std::upper_bound(table, end, cp, [](int32_t c, const Range& r) { return c < r.lo; });
  if (it == table) return false;
  --it;
  return cp >= it->lo && cp <= it->hi;
}

bool isPrint(int32_t cp) {
  if (cp < 0x80) return cp >= 0x20 && cp < 0x7F;
  return inTable(unicode_tables::kPrintable, unicode_tables::kPrintableCount, cp);
}

}  // namespace

std::pair<int32_t, std::size_t> decodeRune(std::string_view s, std::size_t i) {
  auto byte = [&](std::size_t k) -> uint32_t {
    return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0x100;
  };
  auto cont = [&](std::size_t k) { return (byte(k) & 0xC0) == 0x80 && byte(k) < 0x100; };
  uint32_t b0 = byte(0);
  if (b0 < 0x80) return {static_cast<int32_t>(b0), 1};
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    if (!cont(1)) return {kRuneError, 1};
    return {static_cast<int32_t>(((b0 & 0x1F) << 6) | (byte(1) & 0x3F)), 2};
  }
  if (b0 >= 0xE0 && b0 <= 0xEF) {
    if (!cont(1) || !cont(2)) return {kRuneError, 1};
    uint32_t cp = ((b0 & 0x0F) << 12) | ((byte(1) & 0x3F) << 6) | (byte(2) & 0x3F);
    if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)) return {kRuneError, 1};
    return {static_cast<int32_t>(cp), 3};
  }
  if (b0 >= 0xF0 && b0 <= 0xF4) {
    if (!cont(1) || !cont(2) || !cont(3)) return {kRuneError, 1};
    uint32_t cp =
        ((b0 & 0x07) << 18) | ((byte(1) & 0x3F) << 12) | ((byte(2) & 0x3F) << 6) | (byte(3) & 0x3F);
    if (cp < 0x10000 || cp > 0x10FFFF) return {kRuneError, 1};
    return {static_cast<int32_t>(cp), 4};
  }
  return {kRuneError, 1};
}

void appendUTF8(std::string& out, int32_t cp) {
  uint32_t c = static_cast<uint32_t>(cp);
  if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) c = kRuneError;
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (c >> 18)));
    out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

bool isUnicodeLetter(int32_t cp) {
  if (cp < 0x80) return ('a' <= (cp | 0x20) && (cp | 0x20) <= 'z');
  return inTable(unicode_tables::kLetters, unicode_tables::kLettersCount, cp);
}

bool isUnicodeDigit(int32_t cp) {
  if (cp < 0x80) return '0' <= cp && cp <= '9';
  return inTable(unicode_tables::kDigits, unicode_tables::kDigitsCount, cp);
}

std::string formatU(int32_t cp) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(cp));
  std::string s = buf;
  if (cp >= 0 && isPrint(cp)) {
    s += " '";
    appendUTF8(s, cp);
    s += "'";
  }
  return s;
}

std::string quoteRune(int32_t cp) {
  std::string s = "'";
  switch (cp) {
    case '\a':
      s += "\\a";
      break;
    case '\b':
      s += "\\b";
      break;
    case '\f':
      s += "\\f";
      break;
    case '\n':
      s += "\\n";
      break;
    case '\r':
      s += "\\r";
      break;
    case '\t':
      s += "\\t";
      break;
    case '\v':
      s += "\\v";
      break;
    case '\\':
      s += "\\\\";
      break;
    case '\'':
      s += "\\'";
      break;
    default: {
      char buf[16];
      if (cp >= 0 && isPrint(cp)) {
        appendUTF8(s, cp);
      } else if (cp < 0x80) {
        std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(cp));
        s += buf;
      } else if (cp < 0x10000) {
        std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(cp));
        s += buf;
      } else {
        std::snprintf(buf, sizeof buf, "\\U%08x", static_cast<unsigned>(cp));
        s += buf;
      }
    }
  }
  return s + "'";
}

}  // namespace weft::lang::parser

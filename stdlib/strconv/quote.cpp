// strconv.Quote, QuoteRune, CanBackquote, Unquote, UnquoteChar: ports of Go's quote.go.
#include "stdlib/strconv/strconv.hpp"
#include "stdlib/unicode/unicode.hpp"
#include "stdlib/unicode/utf8/utf8.hpp"

namespace weft::stdlib::strconv {
namespace {

constexpr const char* kLowerHex = "0123456789abcdef";

void appendEscapedRune(std::string& buf, int32_t r, char quote, bool asciiOnly, bool graphicOnly) {
  if (r == quote || r == '\\') {  // always backslashed
    buf.push_back('\\');
    buf.push_back(static_cast<char>(r));
    return;
  }
  if (asciiOnly) {
    if (r < utf8::kRuneSelf && unicode::isPrint(r)) {
      buf.push_back(static_cast<char>(r));
      return;
    }
  } else if (unicode::isPrint(r) || (graphicOnly && unicode::isGraphic(r))) {
    utf8::appendRune(buf, r);
    return;
  }
  switch (r) {
    case '\a':
      buf += "\\a";
      return;
    case '\b':
      buf += "\\b";
      return;
    case '\f':
      buf += "\\f";
      return;
    case '\n':
      buf += "\\n";
      return;
    case '\r':
      buf += "\\r";
      return;
    case '\t':
      buf += "\\t";
      return;
    case '\v':
      buf += "\\v";
      return;
  }
  if (r < ' ' || r == 0x7f) {
    buf += "\\x";
    buf.push_back(kLowerHex[(r >> 4) & 0xF]);
    buf.push_back(kLowerHex[r & 0xF]);
    return;
  }
  if (!utf8::validRune(r)) r = 0xFFFD;
  if (r < 0x10000) {
    buf += "\\u";
    for (int s = 12; s >= 0; s -= 4) buf.push_back(kLowerHex[(r >> s) & 0xF]);
  } else {
    buf += "\\U";
    for (int s = 28; s >= 0; s -= 4) buf.push_back(kLowerHex[(r >> s) & 0xF]);
  }
}

void appendQuotedWith(std::string& buf, std::string_view s, char quote, bool asciiOnly,
                      bool graphicOnly) {
  buf.reserve(buf.size() + s.size() + 2);
  buf.push_back(quote);
  while (!s.empty()) {
    int32_t r = static_cast<uint8_t>(s[0]);
    int width = 1;
    if (r >= utf8::kRuneSelf) {
      utf8::Decoded d = utf8::decodeRune(s);
      r = d.rune;
      width = d.size;
    }
    if (width == 1 && r == utf8::kRuneError) {
      buf += "\\x";
      buf.push_back(kLowerHex[static_cast<uint8_t>(s[0]) >> 4]);
      buf.push_back(kLowerHex[static_cast<uint8_t>(s[0]) & 0xF]);
    } else {
      appendEscapedRune(buf, r, quote, asciiOnly, graphicOnly);
    }
    s.remove_prefix(static_cast<std::size_t>(width));
  }
  buf.push_back(quote);
}

std::string quoteRuneWith(int32_t r, bool asciiOnly, bool graphicOnly) {
  std::string buf = "'";
  if (!utf8::validRune(r)) r = utf8::kRuneError;
  appendEscapedRune(buf, r, '\'', asciiOnly, graphicOnly);
  buf.push_back('\'');
  return buf;
}

int unhex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

void appendQuote(std::string& dst, std::string_view s) {
  appendQuotedWith(dst, s, '"', false, false);
}
void appendQuoteToASCII(std::string& dst, std::string_view s) {
  appendQuotedWith(dst, s, '"', true, false);
}
std::string quote(std::string_view s) {
  std::string out;
  appendQuotedWith(out, s, '"', false, false);
  return out;
}
std::string quoteToASCII(std::string_view s) {
  std::string out;
  appendQuotedWith(out, s, '"', true, false);
  return out;
}
std::string quoteToGraphic(std::string_view s) {
  std::string out;
  appendQuotedWith(out, s, '"', false, true);
  return out;
}
std::string quoteRune(int32_t r) {
  return quoteRuneWith(r, false, false);
}
std::string quoteRuneToASCII(int32_t r) {
  return quoteRuneWith(r, true, false);
}
std::string quoteRuneToGraphic(int32_t r) {
  return quoteRuneWith(r, false, true);
}

bool canBackquote(std::string_view s) {
  while (!s.empty()) {
    utf8::Decoded d = utf8::decodeRune(s);
    s.remove_prefix(static_cast<std::size_t>(d.size));
    if (d.size > 1) {
      if (d.rune == 0xFEFF) return false;  // BOMs are invisible and should not be quoted
      continue;
    }
    if (d.rune == utf8::kRuneError) return false;
    if ((d.rune < ' ' && d.rune != '\t') || d.rune == '`' || d.rune == 0x7F) return false;
  }
  return true;
}

bool unquoteChar(std::string_view s, char quote, UnquotedChar& out) {
  out = {};
  if (s.empty()) return false;
  unsigned char c = static_cast<unsigned char>(s[0]);
  if (c == static_cast<unsigned char>(quote) && (quote == '\'' || quote == '"')) return false;
  if (c >= utf8::kRuneSelf) {
    utf8::Decoded d = utf8::decodeRune(s);
    out = {d.rune, true, s.substr(static_cast<std::size_t>(d.size))};
    return true;
  }
  if (c != '\\') {
    out = {c, false, s.substr(1)};
    return true;
  }
  if (s.size() <= 1) return false;
  char e = s[1];
  s.remove_prefix(2);
  int32_t value = 0;
  bool multibyte = false;
  switch (e) {
    case 'a':
      value = '\a';
      break;
    case 'b':
      value = '\b';
      break;
    case 'f':
      value = '\f';
      break;
    case 'n':
      value = '\n';
      break;
    case 'r':
      value = '\r';
      break;
    case 't':
      value = '\t';
      break;
    case 'v':
      value = '\v';
      break;
    case 'x':
    case 'u':
    case 'U': {
      std::size_t n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
      if (s.size() < n) return false;
      int32_t v = 0;
      for (std::size_t j = 0; j < n; j++) {
        int x = unhex(s[j]);
        if (x < 0) return false;
        v = (v << 4) | x;
      }
      s.remove_prefix(n);
      if (e != 'x') {
        if (!utf8::validRune(v)) return false;
        multibyte = true;
      }
      value = v;
      break;
    }
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7': {
      int32_t v = e - '0';
      if (s.size() < 2) return false;
      for (std::size_t j = 0; j < 2; j++) {
        int32_t x = s[j] - '0';
        if (x < 0 || x > 7) return false;
        v = (v << 3) | x;
      }
      s.remove_prefix(2);
      if (v > 255) return false;
      value = v;
      break;
    }
    case '\\':
      value = '\\';
      break;
    case '\'':
    case '"':
      if (e != quote) return false;
      value = e;
      break;
    default:
      return false;
  }
  out = {value, multibyte, s};
  return true;
}

Parsed<std::string> unquote(std::string_view in) {
  Parsed<std::string> bad{{}, ParseError::Syntax};
  if (in.size() < 2) return bad;
  char q = in[0];
  std::size_t endq = in.find(q, 1);
  if (endq == std::string_view::npos) return bad;
  std::size_t end = endq + 1;  // after the terminating quote, unless escapes move it
  if (q == '`') {
    if (end != in.size()) return bad;
    std::string out;
    for (std::size_t i = 1; i + 1 < end; i++)
      if (in[i] != '\r') out.push_back(in[i]);  // carriage returns are discarded
    return {std::move(out), ParseError::None};
  }
  if (q != '"' && q != '\'') return bad;
  std::string_view head = in.substr(0, end);
  if (head.find('\\') == std::string_view::npos && head.find('\n') == std::string_view::npos) {
    std::string_view body = in.substr(1, end - 2);
    bool ok;
    if (q == '"') {
      ok = utf8::valid(body);
    } else {
      utf8::Decoded d = utf8::decodeRune(body);
      ok = static_cast<std::size_t>(1 + d.size + 1) == end &&
           (d.rune != utf8::kRuneError || d.size != 1);
    }
    if (ok) {
      if (end != in.size()) return bad;
      return {std::string(body), ParseError::None};
    }
  }
  std::string buf;
  std::string_view rest = in.substr(1);
  while (!rest.empty() && rest[0] != q) {
    UnquotedChar ch;
    if (rest[0] == '\n' || !unquoteChar(rest, q, ch)) return bad;
    rest = ch.tail;
    if (ch.value < utf8::kRuneSelf || !ch.multibyte) {
      buf.push_back(static_cast<char>(ch.value));
    } else {
      utf8::appendRune(buf, ch.value);
    }
    if (q == '\'') break;  // a rune literal holds exactly one character
  }
  if (rest.empty() || rest[0] != q) return bad;
  rest.remove_prefix(1);
  if (!rest.empty()) return bad;
  return {std::move(buf), ParseError::None};
}

}  // namespace weft::stdlib::strconv

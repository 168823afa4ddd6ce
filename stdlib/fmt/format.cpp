// A port of Go's fmt/format.go (see format.hpp).
#include "stdlib/fmt/format.hpp"

#include "stdlib/strconv/strconv.hpp"
#include "stdlib/unicode/unicode.hpp"
#include "stdlib/unicode/utf8/utf8.hpp"

namespace weft::stdlib::fmt {

void Formatter::writePadding(int n) {
  if (n <= 0) return;
  buf_.append(static_cast<std::size_t>(n), flags.zero ? '0' : ' ');
}

void Formatter::pad(std::string_view s) {
  if (!flags.widPresent || wid == 0) {
    buf_.append(s);
    return;
  }
  int width = wid - static_cast<int>(utf8::runeCount(s));
  if (!flags.minus) {
    writePadding(width);
    buf_.append(s);
  } else {
    buf_.append(s);
    writePadding(width);
  }
}

void Formatter::fmtBoolean(bool v) {
  padString(v ? "true" : "false");
}

void Formatter::fmtUnicode(uint64_t u) {
  int precision = 4;
  if (flags.precPresent && prec > 4) precision = prec;
  // Built right to left.
  std::string rev;
  if (flags.sharp && u <= static_cast<uint64_t>(utf8::kMaxRune) &&
      unicode::isPrint(static_cast<int32_t>(u))) {
    std::string quoted = " '";
    utf8::appendRune(quoted, static_cast<int32_t>(u));
    quoted += "'";
    rev.assign(quoted.rbegin(), quoted.rend());
  }
  do {
    rev.push_back(kUpperDigits[u & 0xF]);
    precision--;
    u >>= 4;
  } while (u != 0);
  for (; precision > 0; precision--) rev.push_back('0');
  rev += "+U";
  bool oldZero = flags.zero;
  flags.zero = false;
  pad(std::string(rev.rbegin(), rev.rend()));
  flags.zero = oldZero;
}

void Formatter::fmtInteger(uint64_t u, int base, bool isSigned, int32_t verb, const char* digits) {
  bool negative = isSigned && static_cast<int64_t>(u) < 0;
  if (negative) u = 0 - u;
  // Formatted right to left into buf; 68 bytes hold %b of an int64 with sign and prefix.
  char small[68];
  std::string big;
  char* buf = small;
  int size = static_cast<int>(sizeof small);
  if (flags.widPresent || flags.precPresent) {
    int width = 3 + wid + prec;  // room for a sign and "0x"
    if (width > size) {
      big.resize(static_cast<std::size_t>(width));
      buf = big.data();
      size = width;
    }
  }
  // Two ways to ask for extra leading zero digits: %.3d or %03d. If both are given the zero
  // flag is ignored and padding with spaces is used instead.
  int precision = 0;
  if (flags.precPresent) {
    precision = prec;
    if (precision == 0 && u == 0) {  // precision 0 and value 0 means "print nothing" but padding
      bool oldZero = flags.zero;
      flags.zero = false;
      writePadding(wid);
      flags.zero = oldZero;
      return;
    }
  } else if (flags.zero && flags.widPresent) {
    precision = wid;
    if (negative || flags.plus || flags.space) precision--;  // leave room for the sign
  }
  int i = size;
  switch (base) {
    case 10:
      while (u >= 10) {
        buf[--i] = static_cast<char>('0' + u % 10);
        u /= 10;
      }
      break;
    case 16:
      while (u >= 16) {
        buf[--i] = digits[u & 0xF];
        u >>= 4;
      }
      break;
    case 8:
      while (u >= 8) {
        buf[--i] = static_cast<char>('0' + (u & 7));
        u >>= 3;
      }
      break;
    case 2:
      while (u >= 2) {
        buf[--i] = static_cast<char>('0' + (u & 1));
        u >>= 1;
      }
      break;
  }
  buf[--i] = digits[u];
  while (i > 0 && precision > size - i) buf[--i] = '0';
  if (flags.sharp) {
    switch (base) {
      case 2:
        buf[--i] = 'b';
        buf[--i] = '0';
        break;
      case 8:
        if (buf[i] != '0') buf[--i] = '0';
        break;
      case 16:
        buf[--i] = digits[16];
        buf[--i] = '0';
        break;
    }
  }
  if (verb == 'O') {
    buf[--i] = 'o';
    buf[--i] = '0';
  }
  if (negative) {
    buf[--i] = '-';
  } else if (flags.plus) {
    buf[--i] = '+';
  } else if (flags.space) {
    buf[--i] = ' ';
  }
  // Zero padding was handled like precision above, or is ignored due to an explicit precision.
  bool oldZero = flags.zero;
  flags.zero = false;
  pad(std::string_view(buf + i, static_cast<std::size_t>(size - i)));
  flags.zero = oldZero;
}

std::string_view Formatter::truncate(std::string_view s) const {
  if (flags.precPresent) {
    int n = prec;
    for (std::size_t i = 0; i < s.size();) {
      if (--n < 0) return s.substr(0, i);
      i += static_cast<uint8_t>(s[i]) < utf8::kRuneSelf
               ? 1
               : static_cast<std::size_t>(utf8::decodeRune(s.substr(i)).size);
    }
  }
  return s;
}

void Formatter::fmtS(std::string_view s) {
  padString(truncate(s));
}

void Formatter::fmtSbx(std::string_view s, const char* digits) {
  int length = static_cast<int>(s.size());
  if (flags.precPresent && prec < length) length = prec;
  // The width of the encoding, with the sharp and space flags.
  int width = 2 * length;
  if (width > 0) {
    if (flags.space) {
      if (flags.sharp) width *= 2;  // each element gets a leading 0x or 0X
      width += length - 1;          // elements are separated by a space
    } else if (flags.sharp) {
      width += 2;  // only a leading 0x or 0X for the whole string
    }
  } else {  // nothing to encode
    if (flags.widPresent) writePadding(wid);
    return;
  }
  if (flags.widPresent && wid > width && !flags.minus) writePadding(wid - width);
  if (flags.sharp) {
    buf_.push_back('0');
    buf_.push_back(digits[16]);
  }
  for (int i = 0; i < length; i++) {
    if (flags.space && i > 0) {
      buf_.push_back(' ');
      if (flags.sharp) {
        buf_.push_back('0');
        buf_.push_back(digits[16]);
      }
    }
    uint8_t c = static_cast<uint8_t>(s[static_cast<std::size_t>(i)]);
    buf_.push_back(digits[c >> 4]);
    buf_.push_back(digits[c & 0xF]);
  }
  if (flags.widPresent && wid > width && flags.minus) writePadding(wid - width);
}

void Formatter::fmtQ(std::string_view s) {
  s = truncate(s);
  if (flags.sharp && strconv::canBackquote(s)) {
    std::string q = "`";
    q.append(s);
    q.push_back('`');
    padString(q);
    return;
  }
  pad(flags.plus ? strconv::quoteToASCII(s) : strconv::quote(s));
}

void Formatter::fmtC(uint64_t c) {
  int32_t r =
      c > static_cast<uint64_t>(utf8::kMaxRune) ? utf8::kRuneError : static_cast<int32_t>(c);
  char b[4];
  pad(std::string_view(b, static_cast<std::size_t>(utf8::encodeRune(b, r))));
}

void Formatter::fmtQc(uint64_t c) {
  int32_t r =
      c > static_cast<uint64_t>(utf8::kMaxRune) ? utf8::kRuneError : static_cast<int32_t>(c);
  pad(flags.plus ? strconv::quoteRuneToASCII(r) : strconv::quoteRune(r));
}

void Formatter::fmtFloat(double v, int size, int32_t verb, int precision) {
  if (flags.precPresent) precision = prec;  // explicit precision overrules the default
  // num[0] is reserved for a sign.
  std::string num = "+";
  strconv::appendFloat(num, v, static_cast<char>(verb), precision, size);
  if (num[1] == '-' || num[1] == '+') {
    num.erase(0, 1);
  } else {
    num[0] = '+';
  }
  // The space flag means a leading space instead of "+" unless plus is asked for too.
  if (flags.space && num[0] == '+' && !flags.plus) num[0] = ' ';
  // Infinities and NaN don't look like numbers and are not padded with zeros.
  if (num[1] == 'I' || num[1] == 'N') {
    bool oldZero = flags.zero;
    flags.zero = false;
    if (num[1] == 'N' && !flags.space && !flags.plus) num.erase(0, 1);
    pad(num);
    flags.zero = oldZero;
    return;
  }
  // The sharp flag forces a decimal point for non-binary formats and keeps trailing zeros,
  // which may need to be restored.
  if (flags.sharp && verb != 'b') {
    int digits = 0;
    switch (verb) {
      case 'v':
      case 'g':
      case 'G':
      case 'x':
        digits = precision;
        if (digits == -1) digits = 6;  // no explicit precision: 6
        break;
    }
    std::string tail;  // exponent part, such as "e+123" or "p-1023"
    bool hasDecimalPoint = false;
    bool sawNonzeroDigit = false;
    for (std::size_t i = 1; i < num.size(); i++) {
      char ch = num[i];
      if (ch == '.') {
        hasDecimalPoint = true;
        continue;
      }
      if (ch == 'p' || ch == 'P' || ((ch == 'e' || ch == 'E') && verb != 'x' && verb != 'X')) {
        tail = num.substr(i);
        num.resize(i);
        break;
      }
      if (ch != '0') sawNonzeroDigit = true;
      if (sawNonzeroDigit) digits--;  // significant digits after the first non-zero one
    }
    if (!hasDecimalPoint) {
      if (num.size() == 2 && num[1] == '0') digits--;  // a lone leading 0 counts once
      num.push_back('.');
    }
    for (; digits > 0; digits--) num.push_back('0');
    num += tail;
  }
  // A sign if asked for or if the number is negative.
  if (flags.plus || num[0] != '+') {
    // With zero padding on the left the sign goes before the zeros.
    if (flags.zero && flags.widPresent && wid > static_cast<int>(num.size())) {
      buf_.push_back(num[0]);
      writePadding(wid - static_cast<int>(num.size()));
      buf_.append(num, 1);
      return;
    }
    pad(num);
    return;
  }
  pad(std::string_view(num).substr(1));  // positive, no sign wanted
}

}  // namespace weft::stdlib::fmt

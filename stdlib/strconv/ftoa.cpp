// strconv.FormatFloat. Go's layout code (fmtE, fmtF, %g's choice, fmtB, fmtX) over a decimal
// digit string; the digits themselves come from std::to_chars, which like Go's Ryu and
// multiprecision paths gives the shortest round-trip digits, or digits correctly rounded
// (ties to even) from the exact binary value.
#include <algorithm>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstring>

#include "stdlib/strconv/strconv.hpp"

namespace weft::stdlib::strconv {
namespace {

// A decimal number 0.d[0]d[1]...d[nd-1] x 10^dp, without trailing zeros (nd == 0 for zero).
struct Decimal {
  std::string d;
  int dp = 0;
  int nd() const { return static_cast<int>(d.size()); }
};

// Reads to_chars' scientific output "d[.ddd]e±XX" of a non-negative number.
Decimal fromScientific(const char* first, const char* last) {
  Decimal dec;
  const char* p = first;
  for (; p < last && *p != 'e'; ++p)
    if (*p != '.') dec.d.push_back(*p);
  int exp = 0;
  if (p < last) std::from_chars(p + (p[1] == '+' ? 2 : 1), last, exp);
  dec.dp = exp + 1;
  while (!dec.d.empty() && dec.d.back() == '0') dec.d.pop_back();
  if (dec.d.empty()) dec.dp = 0;
  return dec;
}

// Reads to_chars' fixed output "ddd[.ddd]" of a non-negative number.
Decimal fromFixed(const char* first, const char* last) {
  Decimal dec;
  const char* dot = std::find(first, last, '.');
  int intDigits = static_cast<int>(dot - first);
  for (const char* p = first; p < last; ++p)
    if (*p != '.') dec.d.push_back(*p);
  std::size_t lead = 0;
  while (lead < dec.d.size() && dec.d[lead] == '0') lead++;
  dec.d.erase(0, lead);
  dec.dp = intDigits - static_cast<int>(lead);
  while (!dec.d.empty() && dec.d.back() == '0') dec.d.pop_back();
  if (dec.d.empty()) dec.dp = 0;
  return dec;
}

// Shortest digits that read back as the same float of the given size. `v` is not negative.
Decimal shortest(double v, int bitSize) {
  char buf[64];
  std::to_chars_result r =
      bitSize == 32 ? std::to_chars(buf, buf + sizeof buf, static_cast<float>(v),
                                    std::chars_format::scientific)
                    : std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
  return fromScientific(buf, r.ptr);
}

// `digits` significant digits, correctly rounded. `v` is not negative; digits >= 1.
Decimal significant(double v, int digits) {
  std::string buf(static_cast<std::size_t>(digits) + 16, '\0');
  auto r = std::to_chars(buf.data(), buf.data() + buf.size(), v, std::chars_format::scientific,
                         digits - 1);
  return fromScientific(buf.data(), r.ptr);
}

// Rounded to `prec` digits after the decimal point. `v` is not negative.
Decimal fixedPoint(double v, int prec) {
  std::string buf(static_cast<std::size_t>(prec) + 330, '\0');
  auto r = std::to_chars(buf.data(), buf.data() + buf.size(), v, std::chars_format::fixed, prec);
  return fromFixed(buf.data(), r.ptr);
}

// %e: -d.ddddde±dd
void fmtE(std::string& dst, bool neg, const Decimal& d, int prec, char fmt) {
  if (neg) dst.push_back('-');
  dst.push_back(d.nd() != 0 ? d.d[0] : '0');
  if (prec > 0) {
    dst.push_back('.');
    int i = 1;
    int m = std::min(d.nd(), prec + 1);
    if (i < m) {
      dst.append(d.d, static_cast<std::size_t>(i), static_cast<std::size_t>(m - i));
      i = m;
    }
    for (; i <= prec; i++) dst.push_back('0');
  }
  dst.push_back(fmt);
  int exp = d.nd() == 0 ? 0 : d.dp - 1;
  if (exp < 0) {
    dst.push_back('-');
    exp = -exp;
  } else {
    dst.push_back('+');
  }
  if (exp < 10) {
    dst.push_back('0');
    dst.push_back(static_cast<char>('0' + exp));
  } else if (exp < 100) {
    dst.push_back(static_cast<char>('0' + exp / 10));
    dst.push_back(static_cast<char>('0' + exp % 10));
  } else {
    dst.push_back(static_cast<char>('0' + exp / 100));
    dst.push_back(static_cast<char>('0' + exp / 10 % 10));
    dst.push_back(static_cast<char>('0' + exp % 10));
  }
}

// %f: -ddddddd.ddddd
void fmtF(std::string& dst, bool neg, const Decimal& d, int prec) {
  if (neg) dst.push_back('-');
  if (d.dp > 0) {
    int m = std::min(d.nd(), d.dp);
    dst.append(d.d, 0, static_cast<std::size_t>(m));
    for (; m < d.dp; m++) dst.push_back('0');
  } else {
    dst.push_back('0');
  }
  if (prec > 0) {
    dst.push_back('.');
    for (int i = 0; i < prec; i++) {
      int j = d.dp + i;
      dst.push_back(0 <= j && j < d.nd() ? d.d[static_cast<std::size_t>(j)] : '0');
    }
  }
}

void formatDigits(std::string& dst, bool isShortest, bool neg, const Decimal& digs, int prec,
                  char fmt) {
  switch (fmt) {
    case 'e':
    case 'E':
      fmtE(dst, neg, digs, prec, fmt);
      return;
    case 'f':
      fmtF(dst, neg, digs, prec);
      return;
    case 'g':
    case 'G': {
      int eprec = prec;
      if (eprec > digs.nd() && digs.nd() >= digs.dp) eprec = digs.nd();
      // %e is used if the exponent from the conversion is less than -4 or greater than or
      // equal to the precision; for the shortest form the decision uses precision 6.
      if (isShortest) eprec = 6;
      int exp = digs.dp - 1;
      if (exp < -4 || exp >= eprec) {
        if (prec > digs.nd()) prec = digs.nd();
        fmtE(dst, neg, digs, prec - 1, static_cast<char>(fmt + 'e' - 'g'));
        return;
      }
      if (prec > digs.dp) prec = digs.nd();
      fmtF(dst, neg, digs, std::max(prec - digs.dp, 0));
      return;
    }
  }
  dst.push_back('%');
  dst.push_back(fmt);
}

// %b: -ddddddddp±ddd
void fmtB(std::string& dst, bool neg, uint64_t mant, int exp, int mantbits) {
  if (neg) dst.push_back('-');
  appendUint(dst, mant, 10);
  dst.push_back('p');
  exp -= mantbits;
  if (exp >= 0) dst.push_back('+');
  appendInt(dst, exp, 10);
}

// %x: -0x1.yyyyyyyyp±ddd or -0x0p+0.
void fmtX(std::string& dst, int prec, char fmt, bool neg, uint64_t mant, int exp, int mantbits) {
  if (mant == 0) exp = 0;
  // Shift digits so the leading 1 (if any) is at bit 1<<60.
  mant <<= 60 - mantbits;
  while (mant != 0 && (mant & (uint64_t(1) << 60)) == 0) {
    mant <<= 1;
    exp--;
  }
  if (prec >= 0 && prec < 15) {
    unsigned shift = static_cast<unsigned>(prec * 4);
    uint64_t extra = (mant << shift) & ((uint64_t(1) << 60) - 1);
    mant >>= 60 - shift;
    if ((extra | (mant & 1)) > (uint64_t(1) << 59)) mant++;
    mant <<= 60 - shift;
    if (mant & (uint64_t(1) << 61)) {  // wrapped around
      mant >>= 1;
      exp++;
    }
  }
  const char* hex = fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
  if (neg) dst.push_back('-');
  dst.push_back('0');
  dst.push_back(fmt);
  dst.push_back(static_cast<char>('0' + ((mant >> 60) & 1)));
  mant <<= 4;  // remove the leading 0 or 1
  if (prec < 0 && mant != 0) {
    dst.push_back('.');
    while (mant != 0) {
      dst.push_back(hex[(mant >> 60) & 15]);
      mant <<= 4;
    }
  } else if (prec > 0) {
    dst.push_back('.');
    for (int i = 0; i < prec; i++) {
      dst.push_back(hex[(mant >> 60) & 15]);
      mant <<= 4;
    }
  }
  dst.push_back(fmt == 'X' ? 'P' : 'p');
  if (exp < 0) {
    dst.push_back('-');
    exp = -exp;
  } else {
    dst.push_back('+');
  }
  if (exp < 100) {
    dst.push_back(static_cast<char>('0' + exp / 10));
    dst.push_back(static_cast<char>('0' + exp % 10));
  } else if (exp < 1000) {
    dst.push_back(static_cast<char>('0' + exp / 100));
    dst.push_back(static_cast<char>('0' + exp / 10 % 10));
    dst.push_back(static_cast<char>('0' + exp % 10));
  } else {
    dst.push_back(static_cast<char>('0' + exp / 1000));
    dst.push_back(static_cast<char>('0' + exp / 100 % 10));
    dst.push_back(static_cast<char>('0' + exp / 10 % 10));
    dst.push_back(static_cast<char>('0' + exp % 10));
  }
}

}  // namespace

void appendFloat(std::string& dst, double val, char fmt, int prec, int bitSize) {
  uint64_t bits;
  int mantbits, expbits, bias;
  if (bitSize == 32) {
    bits = std::bit_cast<uint32_t>(static_cast<float>(val));
    mantbits = 23, expbits = 8, bias = -127;
  } else {
    bits = std::bit_cast<uint64_t>(val);
    mantbits = 52, expbits = 11, bias = -1023;
  }
  bool neg = (bits >> (expbits + mantbits)) != 0;
  int exp = static_cast<int>(bits >> mantbits) & ((1 << expbits) - 1);
  uint64_t mant = bits & ((uint64_t(1) << mantbits) - 1);
  if (exp == (1 << expbits) - 1) {
    dst += mant != 0 ? "NaN" : neg ? "-Inf" : "+Inf";
    return;
  }
  if (exp == 0) {
    exp++;  // denormalized
  } else {
    mant |= uint64_t(1) << mantbits;
  }
  exp += bias;
  if (fmt == 'b') return fmtB(dst, neg, mant, exp, mantbits);
  if (fmt == 'x' || fmt == 'X') return fmtX(dst, prec, fmt, neg, mant, exp, mantbits);

  double mag = std::fabs(bitSize == 32 ? static_cast<double>(static_cast<float>(val)) : val);
  Decimal digs;
  bool isShortest = prec < 0;
  if (isShortest) {
    digs = shortest(mag, bitSize);
    switch (fmt) {
      case 'e':
      case 'E':
        prec = std::max(digs.nd() - 1, 0);
        break;
      case 'f':
        prec = std::max(digs.nd() - digs.dp, 0);
        break;
      case 'g':
      case 'G':
        prec = digs.nd();
        break;
    }
  } else {
    switch (fmt) {
      case 'e':
      case 'E':
        digs = significant(mag, prec + 1);
        break;
      case 'f':
        digs = fixedPoint(mag, prec);
        break;
      case 'g':
      case 'G':
        if (prec == 0) prec = 1;
        digs = significant(mag, prec);
        break;
      default:
        digs = significant(mag, 1);
        break;
    }
  }
  formatDigits(dst, isShortest, neg, digs, prec, fmt);
}

std::string formatFloat(double f, char fmt, int prec, int bitSize) {
  std::string s;
  appendFloat(s, f, fmt, prec, bitSize);
  return s;
}

void appendUint(std::string& dst, uint64_t v, int base) {
  char buf[65];
  auto r = std::to_chars(buf, buf + sizeof buf, v, base);
  dst.append(buf, r.ptr);
}

void appendInt(std::string& dst, int64_t v, int base) {
  if (v < 0) {
    dst.push_back('-');
    appendUint(dst, 0 - static_cast<uint64_t>(v), base);
  } else {
    appendUint(dst, static_cast<uint64_t>(v), base);
  }
}

std::string formatInt(int64_t v, int base) {
  std::string s;
  appendInt(s, v, base);
  return s;
}

std::string formatUint(uint64_t v, int base) {
  std::string s;
  appendUint(s, v, base);
  return s;
}

}  // namespace weft::stdlib::strconv

// Exact constants: cpp_int for integers, cpp_rational for floats. Rounding to float32/float64 is
// done by hand (round half to even, with subnormals) so it is exact and independent of how
// Boost converts rationals.
#include "lang/constant.hpp"

#include <boost/multiprecision/cpp_int.hpp>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace weft::types {

namespace mp = boost::multiprecision;
using BigInt = mp::cpp_int;
using BigRat = mp::cpp_rational;

struct ConstValue::Num {
  BigInt i;  // Kind::Int
  BigRat r;  // Kind::Float
};

ConstValue::ConstValue() = default;
ConstValue::~ConstValue() = default;

namespace {

// Float literals with larger decimal exponents are refused rather than expanded into huge
// rationals (Go's spec asks for at least 16-bit exponents; this is far beyond float64 anyway).
constexpr int64_t kMaxDecimalExponent = 10000;

std::shared_ptr<ConstValue> fresh(ConstValue::Kind k) {
  auto v = std::make_shared<ConstValue>();
  v->kind = k;
  if (k == ConstValue::Kind::Int || k == ConstValue::Kind::Float)
    v->num_ = std::make_unique<ConstValue::Num>();
  return v;
}

ConstPtr makeInt(BigInt i) {
  auto v = fresh(ConstValue::Kind::Int);
  v->num_->i = std::move(i);
  return v;
}

ConstPtr makeRat(BigRat r) {
  auto v = fresh(ConstValue::Kind::Float);
  v->num_->r = std::move(r);
  return v;
}

BigRat asRat(const ConstValue& x) {
  return x.kind == ConstValue::Kind::Int ? BigRat(x.num()->i) : x.num()->r;
}

bool ratIsInt(const BigRat& r) {
  return mp::denominator(r) == 1;
}

int bitLength(const BigInt& v) {
  if (v == 0) return 0;
  return int(mp::msb(mp::abs(v))) + 1;
}

BigInt pow2(int64_t n) {
  BigInt one = 1;
  return one << unsigned(n);
}

BigInt pow10(int64_t n) {
  BigInt r = 1, base = 10;
  while (n > 0) {
    if (n & 1) r *= base;
    base *= base;
    n >>= 1;
  }
  return r;
}

// Rounds |r| > 0 to a binary float with `mant` significand bits whose smallest unit is
// 2^minUnit (subnormals) and largest finite exponent maxExp. Returns false on overflow.
// On success m * 2^e is the rounded magnitude (m < 2^mant).
bool roundBinary(const BigRat& r, int mant, int minUnit, int maxExp, BigInt& m, int64_t& e) {
  BigInt p = mp::numerator(r), q = mp::denominator(r);
  if (p < 0) p = -p;
  // floor(log2(p/q)) is bitlen(p)-bitlen(q) or one less.
  int64_t ex = int64_t(bitLength(p)) - int64_t(bitLength(q));
  if (ex >= 0 ? p < (q << unsigned(ex)) : (p << unsigned(-ex)) < q) ex--;
  if (ex > maxExp) return false;
  int64_t unit = std::max<int64_t>(ex - (mant - 1), minUnit);
  BigInt num = p, den = q;
  if (unit >= 0)
    den <<= unsigned(unit);
  else
    num <<= unsigned(-unit);
  BigInt quo = num / den, rem = num % den;
  BigInt twice = rem * 2;
  if (twice > den || (twice == den && (quo & 1) != 0)) quo += 1;
  if (quo != 0 && bitLength(quo) > mant) {  // carried into a new bit
    quo >>= 1;
    unit += 1;
  }
  if (quo != 0 && int64_t(bitLength(quo)) - 1 + unit > maxExp) return false;
  m = quo;
  e = unit;
  return true;
}

double ratToDouble(const BigRat& r, bool* overflow = nullptr) {
  if (overflow) *overflow = false;
  if (r == 0) return 0.0;
  BigInt m;
  int64_t e;
  if (!roundBinary(r, 53, -1074, 1023, m, e)) {
    if (overflow) *overflow = true;
    return r < 0 ? -HUGE_VAL : HUGE_VAL;
  }
  double d = std::ldexp(m.convert_to<double>(), int(e));
  return r < 0 ? -d : d;
}

// Rounds to the nearest value of a float type; false when it overflows.
bool roundRat(const BigRat& r, bool f32, BigRat& out) {
  if (r == 0) {
    out = 0;
    return true;
  }
  BigInt m;
  int64_t e;
  bool ok = f32 ? roundBinary(r, 24, -149, 127, m, e) : roundBinary(r, 53, -1074, 1023, m, e);
  if (!ok) return false;
  BigRat v = e >= 0 ? BigRat(m << unsigned(e)) : BigRat(m, pow2(-e));
  out = r < 0 ? BigRat(-v) : v;
  return true;
}

BigRat doubleToRat(double d) {
  int exp = 0;
  double frac = std::frexp(d, &exp);  // d = frac * 2^exp, 0.5 <= |frac| < 1
  int64_t mant = int64_t(std::ldexp(frac, 53));
  int64_t e = int64_t(exp) - 53;
  BigInt m = mant;
  return e >= 0 ? BigRat(m << unsigned(e)) : BigRat(m, pow2(-e));
}

int digitValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return 99;
}

std::optional<BigInt> parseDigits(std::string_view s, int base) {
  if (s.empty()) return std::nullopt;
  BigInt v = 0;
  for (char c : s) {
    int d = digitValue(c);
    if (d >= base) return std::nullopt;
    v = v * base + d;
  }
  return v;
}

ConstPtr parseInt(std::string s) {
  int base = 10;
  std::string_view body = s;
  if (body.size() >= 2 && body[0] == '0') {
    char p = body[1];
    if (p == 'x' || p == 'X')
      base = 16, body.remove_prefix(2);
    else if (p == 'o' || p == 'O')
      base = 8, body.remove_prefix(2);
    else if (p == 'b' || p == 'B')
      base = 2, body.remove_prefix(2);
    else
      base = 8, body.remove_prefix(1);
  }
  auto v = parseDigits(body, base);
  if (!v) return makeUnknown();
  return makeInt(*v);
}

ConstPtr parseFloat(std::string s) {
  bool hex = s.size() >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X');
  std::string_view body = s;
  if (hex) body.remove_prefix(2);
  std::size_t expPos = body.find_first_of(hex ? "pP" : "eE");
  std::string_view mant = body.substr(0, expPos);
  int64_t exp = 0;
  if (expPos != std::string_view::npos) {
    std::string_view es = body.substr(expPos + 1);
    bool neg = false;
    if (!es.empty() && (es[0] == '+' || es[0] == '-')) neg = es[0] == '-', es.remove_prefix(1);
    if (es.empty()) return makeUnknown();
    for (char c : es) {
      if (c < '0' || c > '9') return makeUnknown();
      exp = exp * 10 + (c - '0');
      if (exp > 100000000) return makeUnknown();
    }
    if (neg) exp = -exp;
  } else if (hex) {
    return makeUnknown();  // hex floats need a p exponent
  }
  std::string digits;
  int64_t fracDigits = 0;
  bool seenDot = false;
  for (char c : mant) {
    if (c == '.') {
      if (seenDot) return makeUnknown();
      seenDot = true;
      continue;
    }
    digits += c;
    if (seenDot) fracDigits++;
  }
  if (digits.empty()) return makeUnknown();
  auto m = parseDigits(digits, hex ? 16 : 10);
  if (!m) return makeUnknown();
  if (hex) {
    int64_t e2 = exp - 4 * fracDigits;
    if (e2 > 100000 || e2 < -100000) return makeUnknown();
    return makeRat(e2 >= 0 ? BigRat(*m << unsigned(e2)) : BigRat(*m, pow2(-e2)));
  }
  int64_t e10 = exp - fracDigits;
  if (*m == 0) return makeRat(0);
  if (e10 > kMaxDecimalExponent || e10 < -kMaxDecimalExponent) return makeUnknown();
  return makeRat(e10 >= 0 ? BigRat(*m * pow10(e10)) : BigRat(*m, pow10(-e10)));
}

// Appends the UTF-8 encoding of a code point.
void appendUtf8(std::string& out, uint32_t c) {
  if (c < 0x80) {
    out += char(c);
  } else if (c < 0x800) {
    out += char(0xC0 | (c >> 6));
    out += char(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += char(0xE0 | (c >> 12));
    out += char(0x80 | ((c >> 6) & 0x3F));
    out += char(0x80 | (c & 0x3F));
  } else {
    out += char(0xF0 | (c >> 18));
    out += char(0x80 | ((c >> 12) & 0x3F));
    out += char(0x80 | ((c >> 6) & 0x3F));
    out += char(0x80 | (c & 0x3F));
  }
}

// Decodes one UTF-8 sequence at s[i]; returns the length (1 with cp = 0xFFFD when invalid).
int decodeUtf8(std::string_view s, std::size_t i, uint32_t& cp) {
  unsigned char c = s[i];
  int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
  if (len == 0 || i + len > s.size()) {
    cp = 0xFFFD;
    return 1;
  }
  if (len == 1) {
    cp = c;
    return 1;
  }
  cp = c & (0x7F >> len);
  for (int k = 1; k < len; k++) {
    unsigned char d = s[i + k];
    if ((d & 0xC0) != 0x80) {
      cp = 0xFFFD;
      return 1;
    }
    cp = (cp << 6) | (d & 0x3F);
  }
  static const uint32_t minFor[5] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < minFor[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    cp = 0xFFFD;
    return 1;
  }
  return len;
}

// The code point of a rune literal 'x' as written (escapes included).
std::optional<uint32_t> parseRune(std::string_view t) {
  if (t.size() < 3 || t.front() != '\'' || t.back() != '\'') return std::nullopt;
  std::string_view b = t.substr(1, t.size() - 2);
  if (b[0] != '\\') {
    uint32_t cp;
    int n = decodeUtf8(b, 0, cp);
    if (std::size_t(n) != b.size()) return std::nullopt;
    return cp;
  }
  if (b.size() < 2) return std::nullopt;
  char e = b[1];
  auto hexN = [&](std::size_t n) -> std::optional<uint32_t> {
    if (b.size() != 2 + n) return std::nullopt;
    uint32_t v = 0;
    for (std::size_t k = 0; k < n; k++) {
      int d = digitValue(b[2 + k]);
      if (d >= 16) return std::nullopt;
      v = v * 16 + d;
    }
    return v;
  };
  switch (e) {
    case 'a':
      return b.size() == 2 ? std::optional<uint32_t>(7) : std::nullopt;
    case 'b':
      return b.size() == 2 ? std::optional<uint32_t>(8) : std::nullopt;
    case 'f':
      return b.size() == 2 ? std::optional<uint32_t>(12) : std::nullopt;
    case 'n':
      return b.size() == 2 ? std::optional<uint32_t>(10) : std::nullopt;
    case 'r':
      return b.size() == 2 ? std::optional<uint32_t>(13) : std::nullopt;
    case 't':
      return b.size() == 2 ? std::optional<uint32_t>(9) : std::nullopt;
    case 'v':
      return b.size() == 2 ? std::optional<uint32_t>(11) : std::nullopt;
    case '\\':
      return b.size() == 2 ? std::optional<uint32_t>('\\') : std::nullopt;
    case '\'':
      return b.size() == 2 ? std::optional<uint32_t>('\'') : std::nullopt;
    case 'x':
      return hexN(2);
    case 'u':
      return hexN(4);
    case 'U':
      return hexN(8);
    default:
      if (e >= '0' && e <= '7' && b.size() == 4) {
        uint32_t v = 0;
        for (int k = 1; k < 4; k++) {
          if (b[k] < '0' || b[k] > '7') return std::nullopt;
          v = v * 8 + (b[k] - '0');
        }
        return v <= 255 ? std::optional<uint32_t>(v) : std::nullopt;
      }
      return std::nullopt;
  }
}

std::string formatG(double x, int prec) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*g", prec, x);
  return buf;
}

// Go's %g with the shortest precision that round-trips.
std::string formatShortestG(double x) {
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::scientific);
  std::string sci(buf, res.ptr);  // d.ddde[+-]XX
  std::size_t ePos = sci.find('e');
  std::string mant = sci.substr(0, ePos);
  int exp = std::stoi(sci.substr(ePos + 1));
  bool neg = mant[0] == '-';
  if (neg) mant.erase(0, 1);
  std::string digits;
  for (char c : mant)
    if (c != '.') digits += c;
  std::string out = neg ? "-" : "";
  if (exp < -4 || exp >= 21) {
    out += digits.substr(0, 1);
    if (digits.size() > 1) out += "." + digits.substr(1);
    char eb[16];
    std::snprintf(eb, sizeof eb, "e%c%02d", exp < 0 ? '-' : '+', std::abs(exp));
    return out + eb;
  }
  if (exp < 0) return out + "0." + std::string(-exp - 1, '0') + digits;
  if (int(digits.size()) <= exp + 1)
    return out + digits + std::string(exp + 1 - digits.size(), '0');
  return out + digits.substr(0, exp + 1) + "." + digits.substr(exp + 1);
}

std::string floatString(const BigRat& r) {
  bool overflow = false;
  double d = ratToDouble(r, &overflow);
  if (!overflow && (r == 0) == (d == 0)) {
    std::string s = formatG(d, 6);
    if (!ratIsInt(r) && s.find('.') == std::string::npos) s = formatShortestG(d);
    return s;
  }
  // Out of float64 range: r = mant * 2^exp with 0.5 <= |mant| < 1, approximated in decimal.
  BigInt p = mp::numerator(r), q = mp::denominator(r);
  int64_t exp2 = int64_t(bitLength(p)) - int64_t(bitLength(q));
  BigRat mantR = exp2 >= 0 ? BigRat(p, q << unsigned(exp2)) : BigRat(p << unsigned(-exp2), q);
  double m = ratToDouble(mantR);
  while (std::fabs(m) >= 1) m /= 2, exp2++;
  while (m != 0 && std::fabs(m) < 0.5) m *= 2, exp2--;
  double dexp = double(exp2) * (std::log(2.0) / std::log(10.0));
  int64_t e = int64_t(dexp);
  m *= std::pow(10.0, dexp - double(e));
  double am = std::fabs(m);
  if (am < 1 - 0.5e-6) {
    m *= 10;
    e--;
  } else if (am >= 10) {
    m /= 10;
    e++;
  }
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.6ge%+lld", m, (long long)e);
  return buf;
}

}  // namespace

// ---------------------------------------------------------------------------------------------

bool ConstValue::isIntegral() const {
  if (kind == Kind::Int) return true;
  return kind == Kind::Float && ratIsInt(num_->r);
}

int ConstValue::sign() const {
  if (kind == Kind::Int) return num_->i.sign();
  if (kind == Kind::Float) return num_->r.sign();
  return 0;
}

int ConstValue::bitLen() const {
  return kind == Kind::Int ? bitLength(num_->i) : 0;
}

std::optional<int64_t> ConstValue::toInt64() const {
  if (!isIntegral()) return std::nullopt;
  BigInt v = kind == Kind::Int ? num_->i : mp::numerator(num_->r);
  if (v < BigInt(INT64_MIN) || v > BigInt(INT64_MAX)) return std::nullopt;
  return v.convert_to<int64_t>();
}

std::optional<uint64_t> ConstValue::toUint64() const {
  if (!isIntegral()) return std::nullopt;
  BigInt v = kind == Kind::Int ? num_->i : mp::numerator(num_->r);
  if (v < 0 || v > BigInt(UINT64_MAX)) return std::nullopt;
  return v.convert_to<uint64_t>();
}

uint64_t ConstValue::wordBits() const {
  if (auto i = toInt64()) return uint64_t(*i);
  if (auto u = toUint64()) return *u;
  return 0;
}

double ConstValue::toFloat64() const {
  if (kind == Kind::Int) return ratToDouble(BigRat(num_->i));
  if (kind == Kind::Float) return ratToDouble(num_->r);
  return 0;
}

std::string ConstValue::str() const {
  switch (kind) {
    case Kind::Unknown:
      return "unknown";
    case Kind::Bool:
      return b_ ? "true" : "false";
    case Kind::String: {
      constexpr std::size_t maxLen = 72;
      std::string q = quoteGo(s_);
      // Count runes; keep maxLen-3 of them and add "..." when longer than maxLen.
      std::size_t runes = 0, i = 0, cut = std::string::npos;
      while (i < q.size()) {
        if (runes == maxLen - 3) cut = i;
        uint32_t cp;
        i += decodeUtf8(q, i, cp);
        runes++;
      }
      if (runes > maxLen) return q.substr(0, cut) + "...";
      return q;
    }
    case Kind::Int:
      return num_->i.str();
    case Kind::Float:
      return floatString(num_->r);
  }
  return "";
}

std::string ConstValue::exactStr() const {
  if (kind == Kind::String) return quoteGo(s_);
  if (kind == Kind::Float) {
    if (ratIsInt(num_->r)) return mp::numerator(num_->r).str();
    return mp::numerator(num_->r).str() + "/" + mp::denominator(num_->r).str();
  }
  return str();
}

// ---------------------------------------------------------------------------------------------

ConstPtr makeUnknown() {
  return fresh(ConstValue::Kind::Unknown);
}

ConstPtr makeBool(bool b) {
  auto v = fresh(ConstValue::Kind::Bool);
  v->b_ = b;
  return v;
}

ConstPtr makeString(std::string s) {
  auto v = fresh(ConstValue::Kind::String);
  v->s_ = std::move(s);
  return v;
}

ConstPtr makeInt64(int64_t v) {
  return makeInt(BigInt(v));
}
ConstPtr makeUint64(uint64_t v) {
  return makeInt(BigInt(v));
}
ConstPtr makeFloat64(double v) {
  if (!std::isfinite(v)) return makeUnknown();
  return makeRat(doubleToRat(v));
}

ConstPtr makeFromLiteral(ast::LitKind kind, std::string_view text) {
  std::string s;
  for (char c : text)
    if (c != '_' || kind == ast::LitKind::Rune || kind == ast::LitKind::String) s += c;
  switch (kind) {
    case ast::LitKind::Int:
      return parseInt(std::move(s));
    case ast::LitKind::Float:
      return parseFloat(std::move(s));
    case ast::LitKind::Rune: {
      auto r = parseRune(s);
      return r ? makeInt64(*r) : makeUnknown();
    }
    case ast::LitKind::String:
      return makeString(std::string(text));
    case ast::LitKind::Imag:
      return makeUnknown();
  }
  return makeUnknown();
}

ConstPtr constUnary(ast::Op op, const ConstValue& x, int unsignedBits) {
  using K = ConstValue::Kind;
  switch (op) {
    case ast::Op::Add:
      if (x.isNumeric()) return x.kind == K::Int ? makeInt(x.num()->i) : makeRat(x.num()->r);
      break;
    case ast::Op::Sub:
      if (x.kind == K::Int) return makeInt(-x.num()->i);
      if (x.kind == K::Float) return makeRat(-x.num()->r);
      break;
    case ast::Op::Xor:
      if (x.kind == K::Int) {
        if (unsignedBits > 0) return makeInt(x.num()->i ^ (pow2(unsignedBits) - 1));
        return makeInt(~x.num()->i);
      }
      break;
    case ast::Op::Not:
      if (x.kind == K::Bool) return makeBool(!x.boolVal());
      break;
    default:
      break;
  }
  return makeUnknown();
}

ConstPtr constBinary(ast::Op op, const ConstValue& x, const ConstValue& y, bool integerQuo) {
  using K = ConstValue::Kind;
  using ast::Op;
  if (x.kind == K::Bool && y.kind == K::Bool) {
    if (op == Op::LAnd) return makeBool(x.boolVal() && y.boolVal());
    if (op == Op::LOr) return makeBool(x.boolVal() || y.boolVal());
    return makeUnknown();
  }
  if (x.kind == K::String && y.kind == K::String) {
    if (op == Op::Add) return makeString(x.stringVal() + y.stringVal());
    return makeUnknown();
  }
  if (!x.isNumeric() || !y.isNumeric()) return makeUnknown();
  if (x.kind == K::Int && y.kind == K::Int) {
    const BigInt& a = x.num()->i;
    const BigInt& b = y.num()->i;
    switch (op) {
      case Op::Add:
        return makeInt(a + b);
      case Op::Sub:
        return makeInt(a - b);
      case Op::Mul:
        return makeInt(a * b);
      case Op::Quo:
        if (b == 0) return makeUnknown();
        if (integerQuo) return makeInt(a / b);  // truncates toward zero, as Go
        return makeRat(BigRat(a, b));
      case Op::Rem:
        if (b == 0) return makeUnknown();
        return makeInt(a % b);  // sign of the dividend, as Go
      case Op::And:
        return makeInt(a & b);
      case Op::Or:
        return makeInt(a | b);
      case Op::Xor:
        return makeInt(a ^ b);
      case Op::AndNot:
        return makeInt(a & ~b);
      default:
        return makeUnknown();
    }
  }
  if (integerQuo && op == Op::Quo && x.isIntegral() && y.isIntegral()) {
    auto xi = toIntConst(x), yi = toIntConst(y);
    return constBinary(op, *xi, *yi, true);
  }
  BigRat a = asRat(x), b = asRat(y);
  switch (op) {
    case Op::Add:
      return makeRat(a + b);
    case Op::Sub:
      return makeRat(a - b);
    case Op::Mul:
      return makeRat(a * b);
    case Op::Quo:
      if (b == 0) return makeUnknown();
      return makeRat(a / b);
    default:
      break;
  }
  if (x.isIntegral() && y.isIntegral())
    return constBinary(op, *toIntConst(x), *toIntConst(y), true);
  return makeUnknown();
}

ConstPtr constShift(ast::Op op, const ConstValue& x, uint64_t s) {
  auto xi = toIntConst(x);
  if (xi->kind != ConstValue::Kind::Int) return makeUnknown();
  const BigInt& a = xi->num()->i;
  if (op == ast::Op::Shl) {
    if (s > 100000) return makeUnknown();
    return makeInt(a << unsigned(s));
  }
  if (op == ast::Op::Shr) {
    if (s >= uint64_t(bitLength(a)) + 1) return makeInt(a < 0 ? BigInt(-1) : BigInt(0));
    return makeInt(a >> unsigned(s));  // cpp_int shifts negative values toward -inf
  }
  return makeUnknown();
}

bool constCompare(ast::Op op, const ConstValue& x, const ConstValue& y) {
  using K = ConstValue::Kind;
  using ast::Op;
  int c = 0;
  if (x.kind == K::Bool && y.kind == K::Bool) {
    if (op == Op::Eql) return x.boolVal() == y.boolVal();
    if (op == Op::Neq) return x.boolVal() != y.boolVal();
    return false;
  } else if (x.kind == K::String && y.kind == K::String) {
    c = x.stringVal().compare(y.stringVal());
  } else if (x.kind == K::Int && y.kind == K::Int) {
    c = x.num()->i.compare(y.num()->i);
  } else if (x.isNumeric() && y.isNumeric()) {
    BigRat a = asRat(x), b = asRat(y);
    c = a < b ? -1 : a > b ? 1 : 0;
  } else {
    return false;
  }
  switch (op) {
    case Op::Eql:
      return c == 0;
    case Op::Neq:
      return c != 0;
    case Op::Lss:
      return c < 0;
    case Op::Leq:
      return c <= 0;
    case Op::Gtr:
      return c > 0;
    case Op::Geq:
      return c >= 0;
    default:
      return false;
  }
}

ConstPtr toIntConst(const ConstValue& x) {
  if (x.kind == ConstValue::Kind::Int) return makeInt(x.num()->i);
  if (x.kind == ConstValue::Kind::Float && ratIsInt(x.num()->r))
    return makeInt(mp::numerator(x.num()->r));
  return makeUnknown();
}

ConstPtr toFloatConst(const ConstValue& x) {
  if (x.kind == ConstValue::Kind::Int) return makeRat(BigRat(x.num()->i));
  if (x.kind == ConstValue::Kind::Float) return makeRat(x.num()->r);
  return makeUnknown();
}

bool representable(const ConstValue& x, Kind k, ConstPtr* converted) {
  using K = ConstValue::Kind;
  auto accept = [&](ConstPtr v) {
    if (converted) *converted = std::move(v);
    return true;
  };
  auto intRange = [&](const BigInt& lo, const BigInt& hi) {
    auto v = toIntConst(x);
    if (v->kind != K::Int) return false;
    if (v->num()->i < lo || v->num()->i > hi) return false;
    return accept(v);
  };
  auto signedRange = [&](int bits) { return intRange(-pow2(bits - 1), pow2(bits - 1) - 1); };
  auto unsignedRange = [&](int bits) { return intRange(0, pow2(bits) - 1); };
  switch (k) {
    case Kind::Bool:
    case Kind::UntypedBool:
      return x.kind == K::Bool && accept(makeBool(x.boolVal()));
    case Kind::String:
    case Kind::UntypedString:
      return x.kind == K::String && accept(makeString(x.stringVal()));
    case Kind::Int:
    case Kind::Int64:
      return signedRange(64);
    case Kind::Int8:
      return signedRange(8);
    case Kind::Int16:
      return signedRange(16);
    case Kind::Int32:
      return signedRange(32);
    case Kind::Uint:
    case Kind::Uint64:
    case Kind::Uintptr:
      return unsignedRange(64);
    case Kind::Uint8:
      return unsignedRange(8);
    case Kind::Uint16:
      return unsignedRange(16);
    case Kind::Uint32:
      return unsignedRange(32);
    case Kind::UntypedInt:
    case Kind::UntypedRune: {
      auto v = toIntConst(x);
      return v->kind == K::Int && accept(v);
    }
    case Kind::Float32:
    case Kind::Float64: {
      if (!x.isNumeric()) return false;
      BigRat out;
      if (!roundRat(asRat(x), k == Kind::Float32, out)) return false;
      return accept(makeRat(out));
    }
    case Kind::UntypedFloat:
      if (!x.isNumeric()) return false;
      return accept(x.kind == K::Int ? toFloatConst(x) : makeRat(x.num()->r));
    default:
      return false;
  }
}

std::string quoteGo(std::string_view s) {
  std::string out = "\"";
  static const char* hex = "0123456789abcdef";
  for (std::size_t i = 0; i < s.size();) {
    unsigned char c = s[i];
    uint32_t cp;
    int n = decodeUtf8(s, i, cp);
    if (cp == 0xFFFD && n == 1 && c >= 0x80) {
      out += "\\x";
      out += hex[c >> 4];
      out += hex[c & 15];
      i += 1;
      continue;
    }
    i += n;
    switch (cp) {
      case '\a':
        out += "\\a";
        continue;
      case '\b':
        out += "\\b";
        continue;
      case '\f':
        out += "\\f";
        continue;
      case '\n':
        out += "\\n";
        continue;
      case '\r':
        out += "\\r";
        continue;
      case '\t':
        out += "\\t";
        continue;
      case '\v':
        out += "\\v";
        continue;
      case '"':
        out += "\\\"";
        continue;
      case '\\':
        out += "\\\\";
        continue;
      default:
        break;
    }
    if (cp < 0x20 || cp == 0x7F) {
      out += "\\x";
      out += hex[cp >> 4];
      out += hex[cp & 15];
    } else if (cp >= 0x80 && cp < 0xA0) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", cp);
      out += buf;
    } else {
      appendUtf8(out, cp);
    }
  }
  return out + "\"";
}

}  // namespace weft::types

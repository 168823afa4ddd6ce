// A port of Go's fmt/scan.go (see scan.hpp). Go's scanner panics with scanError and recovers
// in errorHandler; here the same control flow uses C++ exceptions that never leave scan().
#include "stdlib/fmt/scan.hpp"

#include <bit>
#include <cstring>

#include "lang/types.hpp"
#include "stdlib/fmt/typestring.hpp"
#include "stdlib/math/gomath.hpp"
#include "stdlib/strconv/strconv.hpp"
#include "stdlib/unicode/utf8/utf8.hpp"
#include "stdlib/value.hpp"

namespace weft::stdlib::fmt {

bool StringRuneSource::read(int32_t& r) {
  if (pos_ >= s_.size()) return false;
  utf8::Decoded d = utf8::decodeRune(s_.substr(pos_));
  r = d.rune;
  last_ = static_cast<std::size_t>(d.size);
  pos_ += last_;
  return true;
}

void StringRuneSource::unread() {
  pos_ -= last_;
  last_ = 0;
}

namespace {

using types::Kind;
using vm::Word;

constexpr int32_t kEOF = -1;
constexpr int kHugeWid = 1 << 30;

constexpr std::string_view kBinaryDigits = "01";
constexpr std::string_view kOctalDigits = "01234567";
constexpr std::string_view kDecimalDigits = "0123456789";
constexpr std::string_view kHexDigits = "0123456789aAbBcCdDeEfF";
constexpr std::string_view kSign = "+-";
constexpr std::string_view kPeriod = ".";
constexpr std::string_view kExponent = "eEpP";
constexpr std::string_view kFloatVerbs = "beEfFgGv";

// Thrown by notEOF (Go: panic(io.EOF)).
struct EndOfInput {};
// Thrown to stop with a nil-pointer panic in the native (Go: *v = ... through a nil v).
struct NilOperand {};

// fmt's own notion of space (not unicode.IsSpace).
bool isSpace(int32_t r) {
  static const uint16_t space[][2] = {
      {0x0009, 0x000d}, {0x0020, 0x0020}, {0x0085, 0x0085}, {0x00a0, 0x00a0}, {0x1680, 0x1680},
      {0x2000, 0x200a}, {0x2028, 0x2029}, {0x202f, 0x202f}, {0x205f, 0x205f}, {0x3000, 0x3000},
  };
  if (r < 0 || r >= 1 << 16) return false;
  auto rx = static_cast<uint16_t>(r);
  for (const auto& rng : space) {
    if (rx < rng[0]) return false;
    if (rx <= rng[1]) return true;
  }
  return false;
}

bool contains(std::string_view set, int32_t r) {
  for (std::size_t i = 0; i < set.size();) {
    utf8::Decoded d = utf8::decodeRune(set.substr(i));
    if (d.rune == r) return true;
    i += static_cast<std::size_t>(d.size);
  }
  return false;
}

std::string runeString(int32_t r) {
  std::string s;
  utf8::appendRune(s, r);
  return s;
}

std::string numError(const char* fn, std::string_view num, strconv::ParseError e) {
  std::string msg = std::string("strconv.") + fn + ": parsing " + strconv::quote(num) + ": ";
  return msg + (e == strconv::ParseError::Range ? "value out of range" : "invalid syntax");
}

class Scanner {
 public:
  Scanner(RuneSource& rs, ScanSink& sink, bool nlIsSpace, bool nlIsEnd)
      : rs_(rs), sink_(sink), nlIsSpace_(nlIsSpace), nlIsEnd_(nlIsEnd) {}

  int64_t doScan(const Word* a, std::size_t n, int64_t& processed);
  int64_t doScanf(std::string_view format, const Word* a, std::size_t n, int64_t& processed);

 private:
  [[noreturn]] void errorString(std::string msg) {
    throw ScanFailure{ScanFailure::Message, std::move(msg), nullptr};
  }

  // ss.ReadRune / getRune / mustReadRune / UnreadRune
  bool readRune(int32_t& r) {
    if (atEOF_ || count_ >= argLimit_) return false;
    if (!rs_.read(r)) {
      atEOF_ = true;
      return false;
    }
    count_++;
    if (nlIsEnd_ && r == '\n') atEOF_ = true;
    return true;
  }
  int32_t getRune() {
    int32_t r;
    return readRune(r) ? r : kEOF;
  }
  int32_t mustReadRune() {
    int32_t r = getRune();
    if (r == kEOF) throw ScanFailure{ScanFailure::UnexpectedEof, {}, nullptr};
    return r;
  }
  void unreadRune() {
    rs_.unread();
    atEOF_ = false;
    count_--;
  }

  void skipSpace() {
    for (;;) {
      int32_t r = getRune();
      if (r == kEOF) return;
      if (r == '\r' && peek("\n")) continue;
      if (r == '\n') {
        if (nlIsSpace_) continue;
        errorString("unexpected newline");
      }
      if (!isSpace(r)) {
        unreadRune();
        break;
      }
    }
  }

  // The next run of runes that are not space (after skipping space).
  std::string& token(bool skip) {
    if (skip) skipSpace();
    for (;;) {
      int32_t r = getRune();
      if (r == kEOF) break;
      if (isSpace(r)) {
        unreadRune();
        break;
      }
      utf8::appendRune(buf_, r);
    }
    return buf_;
  }

  bool consume(std::string_view ok, bool accept) {
    int32_t r = getRune();
    if (r == kEOF) return false;
    if (contains(ok, r)) {
      if (accept) utf8::appendRune(buf_, r);
      return true;
    }
    if (accept) unreadRune();
    return false;
  }
  bool peek(std::string_view ok) {
    int32_t r = getRune();
    if (r != kEOF) unreadRune();
    return contains(ok, r);
  }
  void notEOF() {
    if (getRune() == kEOF) throw EndOfInput{};
    unreadRune();
  }
  bool accept(std::string_view ok) { return consume(ok, true); }

  void okVerb(int32_t verb, std::string_view okVerbs, const char* typ) {
    if (!contains(okVerbs, verb)) errorString("bad verb '%" + runeString(verb) + "' for " + typ);
  }

  bool scanBool(int32_t verb) {
    skipSpace();
    notEOF();
    okVerb(verb, "tv", "boolean");
    switch (getRune()) {
      case '0':
        return false;
      case '1':
        return true;
      case 't':
      case 'T':
        if (accept("rR") && (!accept("uU") || !accept("eE")))
          errorString("syntax error scanning boolean");
        return true;
      case 'f':
      case 'F':
        if (accept("aA") && (!accept("lL") || !accept("sS") || !accept("eE")))
          errorString("syntax error scanning boolean");
        return false;
    }
    return false;
  }

  int getBase(int32_t verb, std::string& digits) {
    okVerb(verb, "bdoUxXv", "integer");
    digits = kDecimalDigits;
    switch (verb) {
      case 'b':
        digits = kBinaryDigits;
        return 2;
      case 'o':
        digits = kOctalDigits;
        return 8;
      case 'x':
      case 'X':
      case 'U':
        digits = kHexDigits;
        return 16;
    }
    return 10;
  }

  std::string scanNumber(std::string_view digits, bool haveDigits) {
    if (!haveDigits) {
      notEOF();
      if (!accept(digits)) errorString("expected integer");
    }
    while (accept(digits)) {
    }
    return buf_;
  }

  int64_t scanRune(int bitSize) {
    notEOF();
    int32_t r = getRune();
    unsigned n = static_cast<unsigned>(bitSize);
    int64_t x = static_cast<int64_t>(static_cast<uint64_t>(static_cast<int64_t>(r)) << (64 - n)) >>
                (64 - n);
    if (x != r) errorString("overflow on character value " + runeString(r));
    return r;
  }

  // Returns the digit set; base stays 0 (ParseInt's prefix handling does the rest).
  bool scanBasePrefix(std::string& digits) {
    if (!peek("0")) {
      digits = std::string(kDecimalDigits) + "_";
      return false;
    }
    accept("0");
    if (peek("bB")) {
      consume("bB", true);
      digits = std::string(kBinaryDigits) + "_";
    } else if (peek("oO")) {
      consume("oO", true);
      digits = std::string(kOctalDigits) + "_";
    } else if (peek("xX")) {
      consume("xX", true);
      digits = std::string(kHexDigits) + "_";
    } else {
      digits = std::string(kOctalDigits) + "_";
    }
    return true;
  }

  int64_t scanInt(int32_t verb, int bitSize) {
    if (verb == 'c') return scanRune(bitSize);
    skipSpace();
    notEOF();
    std::string digits;
    int base = getBase(verb, digits);
    bool haveDigits = false;
    if (verb == 'U') {
      if (!consume("U", false) || !consume("+", false)) errorString("bad unicode format ");
    } else {
      accept(kSign);  // a sign stays in the token buffer
      if (verb == 'v') {
        haveDigits = scanBasePrefix(digits);
        base = 0;
      }
    }
    std::string tok = scanNumber(digits, haveDigits);
    auto p = strconv::parseInt(tok, base, 64);
    if (p.error != strconv::ParseError::None) errorString(numError("ParseInt", tok, p.error));
    unsigned n = static_cast<unsigned>(bitSize);
    int64_t x = static_cast<int64_t>(static_cast<uint64_t>(p.value) << (64 - n)) >> (64 - n);
    if (x != p.value) errorString("integer overflow on token " + tok);
    return p.value;
  }

  uint64_t scanUint(int32_t verb, int bitSize) {
    if (verb == 'c') return static_cast<uint64_t>(scanRune(bitSize));
    skipSpace();
    notEOF();
    std::string digits;
    int base = getBase(verb, digits);
    bool haveDigits = false;
    if (verb == 'U') {
      if (!consume("U", false) || !consume("+", false)) errorString("bad unicode format ");
    } else if (verb == 'v') {
      haveDigits = scanBasePrefix(digits);
      base = 0;
    }
    std::string tok = scanNumber(digits, haveDigits);
    auto p = strconv::parseUint(tok, base, 64);
    if (p.error != strconv::ParseError::None) errorString(numError("ParseUint", tok, p.error));
    unsigned n = static_cast<unsigned>(bitSize);
    uint64_t x = (p.value << (64 - n)) >> (64 - n);
    if (x != p.value) errorString("unsigned integer overflow on token " + tok);
    return p.value;
  }

  std::string floatToken() {
    buf_.clear();
    if (accept("nN") && accept("aA") && accept("nN")) return buf_;  // NaN?
    accept(kSign);
    if (accept("iI") && accept("nN") && accept("fF")) return buf_;  // Inf?
    std::string digits = std::string(kDecimalDigits) + "_";
    std::string_view exp = kExponent;
    if (accept("0") && accept("xX")) {
      digits = std::string(kHexDigits) + "_";
      exp = "pP";
    }
    while (accept(digits)) {
    }
    if (accept(kPeriod)) {
      while (accept(digits)) {
      }
    }
    if (accept(exp)) {
      accept(kSign);
      while (accept(std::string(kDecimalDigits) + "_")) {
      }
    }
    return buf_;
  }

  double convertFloat(const std::string& str, int n) {
    std::size_t p = str.find('p');
    if (p != std::string::npos && str.find_first_of("xX") == std::string::npos) {
      // An exponent without a hexadecimal mantissa: mantissa * 2**exp.
      auto f = strconv::parseFloat(std::string_view(str).substr(0, p), n);
      if (f.error != strconv::ParseError::None) errorString(numError("ParseFloat", str, f.error));
      auto m = strconv::parseInt(std::string_view(str).substr(p + 1), 10, 0);
      if (m.error != strconv::ParseError::None) errorString(numError("Atoi", str, m.error));
      int64_t e = m.value > 100000 ? 100000 : m.value < -100000 ? -100000 : m.value;
      return gomath::ldexp(f.value, static_cast<int>(e));
    }
    auto f = strconv::parseFloat(str, n);
    if (f.error != strconv::ParseError::None) errorString(numError("ParseFloat", str, f.error));
    return f.value;
  }

  std::string convertString(int32_t verb) {
    okVerb(verb, "svqxX", "string");
    skipSpace();
    notEOF();
    switch (verb) {
      case 'q':
        return quotedString();
      case 'x':
      case 'X':
        return hexString();
      default:
        return token(true);  // %s and %v just return the next word
    }
  }

  std::string quotedString() {
    notEOF();
    int32_t quote = getRune();
    if (quote == '`') {
      for (;;) {
        int32_t r = mustReadRune();
        if (r == quote) break;
        utf8::appendRune(buf_, r);
      }
      return buf_;
    }
    if (quote == '"') {
      buf_.push_back('"');
      for (;;) {
        int32_t r = mustReadRune();
        utf8::appendRune(buf_, r);
        if (r == '\\') {
          utf8::appendRune(buf_, mustReadRune());
        } else if (r == '"') {
          break;
        }
      }
      auto u = strconv::unquote(buf_);
      if (u.error != strconv::ParseError::None) errorString("invalid syntax");
      return u.value;
    }
    errorString("expected quoted string");
  }

  static int hexDigit(int32_t d) {
    if (d >= '0' && d <= '9') return d - '0';
    if (d >= 'a' && d <= 'f') return 10 + d - 'a';
    if (d >= 'A' && d <= 'F') return 10 + d - 'A';
    return -1;
  }

  bool hexByte(uint8_t& b) {
    int32_t rune1 = getRune();
    if (rune1 == kEOF) return false;
    int value1 = hexDigit(rune1);
    if (value1 < 0) {
      unreadRune();
      return false;
    }
    int value2 = hexDigit(mustReadRune());
    if (value2 < 0) errorString("illegal hex digit");
    b = static_cast<uint8_t>(value1 << 4 | value2);
    return true;
  }

  std::string hexString() {
    notEOF();
    for (;;) {
      uint8_t b;
      if (!hexByte(b)) break;
      buf_.push_back(static_cast<char>(b));
    }
    if (buf_.empty()) errorString("no hex data for %x string");
    return buf_;
  }

  void scanPercent() {
    skipSpace();
    notEOF();
    if (!accept("%")) errorString("missing literal %");
  }

  static int bitsOf(Kind k) {
    switch (k) {
      case Kind::Int8:
      case Kind::Uint8:
        return 8;
      case Kind::Int16:
      case Kind::Uint16:
        return 16;
      case Kind::Int32:
      case Kind::Uint32:
      case Kind::Float32:
        return 32;
      default:
        return 64;
    }
  }

  void scanOne(int32_t verb, const vm::Box* arg);
  int advance(std::string_view format);

  RuneSource& rs_;
  ScanSink& sink_;
  std::string buf_;
  int64_t count_ = 0;
  bool atEOF_ = false;
  bool nlIsSpace_, nlIsEnd_;
  int64_t argLimit_ = kHugeWid;
  int64_t limit_ = kHugeWid;
  int64_t maxWid_ = kHugeWid;
};

void Scanner::scanOne(int32_t verb, const vm::Box* arg) {
  buf_.clear();
  const types::Type* t = arg ? arg->type : nullptr;
  if (!t || t->underlying()->kind != Kind::Pointer) {
    errorString("type not a pointer: " + (t ? reflectTypeString(t) : std::string("<nil>")));
  }
  const types::Type* elem = static_cast<const types::Pointer*>(t->underlying())->elem;
  auto* p = reinterpret_cast<Word*>(arg->payload[0]);
  const types::Type* u = elem->underlying();
  auto store = [&](Word w) {
    if (!p) throw NilOperand{};
    p[0] = w;
  };
  switch (u->kind) {
    case Kind::Bool:
      store(scanBool(verb) ? 1 : 0);
      return;
    case Kind::Int:
    case Kind::Int8:
    case Kind::Int16:
    case Kind::Int32:
    case Kind::Int64:
      store(static_cast<Word>(scanInt(verb, bitsOf(u->kind))));
      return;
    case Kind::Uint:
    case Kind::Uint8:
    case Kind::Uint16:
    case Kind::Uint32:
    case Kind::Uint64:
    case Kind::Uintptr:
      store(scanUint(verb, bitsOf(u->kind)));
      return;
    case Kind::Float32:
    case Kind::Float64: {
      okVerb(verb, kFloatVerbs, u->kind == Kind::Float32 ? "float32" : "float64");
      skipSpace();
      notEOF();
      double f = convertFloat(floatToken(), bitsOf(u->kind));
      if (u->kind == Kind::Float32) f = static_cast<double>(static_cast<float>(f));
      store(std::bit_cast<Word>(f));
      return;
    }
    case Kind::String:
      store(sink_.makeString(convertString(verb)));
      return;
    case Kind::Slice:
      if (static_cast<const types::Slice*>(u)->elem->underlying()->kind == Kind::Uint8) {
        store(sink_.makeBytes(convertString(verb)));
        return;
      }
      break;
    default:
      break;
  }
  errorString("can't scan type: " + reflectTypeString(t));
}

int64_t Scanner::doScan(const Word* a, std::size_t n, int64_t& processed) {
  for (std::size_t k = 0; k < n; k++) {
    scanOne('v', reinterpret_cast<const vm::Box*>(a[k]));
    processed++;
  }
  // Check for newline (or EOF) if required (Scanln etc.).
  if (nlIsEnd_) {
    for (;;) {
      int32_t r = getRune();
      if (r == '\n' || r == kEOF) break;
      if (!isSpace(r)) {
        errorString("expected newline");
      }
    }
  }
  return processed;
}

// advance matches the format's literal text against the input: the number of format bytes
// consumed, or -1 if the input does not match.
int Scanner::advance(std::string_view format) {
  std::size_t i = 0;
  auto decode = [&](std::size_t at) {
    return at < format.size() ? utf8::decodeRune(format.substr(at))
                              : utf8::Decoded{utf8::kRuneError, 0};
  };
  while (i < format.size()) {
    utf8::Decoded fc = decode(i);
    int32_t fmtc = fc.rune;
    std::size_t w = static_cast<std::size_t>(fc.size);
    if (isSpace(fmtc)) {
      int newlines = 0;
      bool trailingSpace = false;
      while (isSpace(fmtc) && i < format.size()) {
        if (fmtc == '\n') {
          newlines++;
          trailingSpace = false;
        } else {
          trailingSpace = true;
        }
        i += w;
        fc = decode(i);
        fmtc = fc.rune;
        w = static_cast<std::size_t>(fc.size);
      }
      for (int j = 0; j < newlines; j++) {
        int32_t inputc = getRune();
        while (isSpace(inputc) && inputc != '\n') inputc = getRune();
        if (inputc != '\n' && inputc != kEOF) errorString("newline in format does not match input");
      }
      if (trailingSpace) {
        int32_t inputc = getRune();
        if (newlines == 0) {
          // A space in the format must match at least one space in the input, except at the
          // end of the input.
          if (!isSpace(inputc) && inputc != kEOF)
            errorString("expected space in input to match format");
          if (inputc == '\n') errorString("newline in input does not match format");
        }
        while (isSpace(inputc) && inputc != '\n') inputc = getRune();
        if (inputc != kEOF) unreadRune();
      }
      continue;
    }
    // Verbs.
    if (fmtc == '%') {
      // % at end of string is an error.
      if (i + w == format.size()) errorString("missing verb: % at end of format string");
      // %% acts like a real percent
      utf8::Decoded next = decode(i + w);
      if (next.rune != '%') return static_cast<int>(i);
      i += w;  // skip the first %
    }
    // Literals.
    int32_t inputc = mustReadRune();
    if (fmtc != inputc) {
      unreadRune();
      return -1;
    }
    i += w;
  }
  return static_cast<int>(i);
}

int64_t Scanner::doScanf(std::string_view format, const Word* a, std::size_t n,
                         int64_t& processed) {
  // parsenum over format[start:end), with Go's end = len(format)-1 (the verb is excluded).
  auto parsenum = [&](std::size_t start, std::size_t end, bool& isnum, std::size_t& newi) {
    int64_t num = 0;
    isnum = false;
    if (start >= end) {
      newi = end;
      return num;
    }
    for (newi = start; newi < end && format[newi] >= '0' && format[newi] <= '9'; newi++) {
      if (num > 1000000 || num < -1000000) {
        isnum = false;
        newi = end;
        return int64_t{0};
      }
      num = num * 10 + (format[newi] - '0');
      isnum = true;
    }
    return num;
  };
  if (format.empty()) {
    if (n > 0) errorString("too many operands");
    return processed;
  }
  std::size_t end = format.size() - 1;
  for (std::size_t i = 0; i <= end;) {
    int w = advance(format.substr(i));
    if (w > 0) {
      i += static_cast<std::size_t>(w);
      continue;
    }
    // Either we failed to advance, we have a percent character, or we ran out of input.
    if (format[i] != '%') {
      // Can't advance format. Why not?
      if (w < 0) errorString("input does not match format");
      // Otherwise at EOF; "too many operands" error handled below
      break;
    }
    i++;  // % is one byte
    // do we have 20 (width)?
    bool widPresent;
    maxWid_ = parsenum(i, end, widPresent, i);
    if (!widPresent) maxWid_ = kHugeWid;
    utf8::Decoded cd =
        i < format.size() ? utf8::decodeRune(format.substr(i)) : utf8::Decoded{utf8::kRuneError, 0};
    int32_t c = cd.rune;
    std::size_t cw = static_cast<std::size_t>(cd.size);
    i += cw;
    if (c != 'c') skipSpace();
    if (c == '%') {
      scanPercent();
      continue;  // do not consume an argument
    }
    argLimit_ = limit_;
    if (int64_t f = count_ + maxWid_; f < argLimit_) argLimit_ = f;
    if (static_cast<std::size_t>(processed) >= n) {  // out of operands
      errorString("too few operands for format '%" + std::string(format.substr(i - cw)) + "'");
    }
    scanOne(c, reinterpret_cast<const vm::Box*>(a[processed]));
    processed++;
    argLimit_ = limit_;
  }
  if (static_cast<std::size_t>(processed) < n) errorString("too many operands");
  return processed;
}

}  // namespace

ScanResult scan(RuneSource& source, ScanSink& sink, ScanMode mode, std::string_view format,
                const vm::Word* operands, std::size_t n) {
  bool nlIsSpace = mode == ScanMode::Scan;
  bool nlIsEnd = mode == ScanMode::Scanln;
  Scanner s(source, sink, nlIsSpace, nlIsEnd);
  ScanResult result;
  try {
    if (mode == ScanMode::Scanf) {
      s.doScanf(format, operands, n, result.count);
    } else {
      s.doScan(operands, n, result.count);
    }
  } catch (const ScanFailure& f) {
    result.error = f;
  } catch (const EndOfInput&) {
    result.error.kind = ScanFailure::Eof;
  } catch (const NilOperand&) {
    result.error.kind = ScanFailure::NilPointer;
  }
  return result;
}

}  // namespace weft::stdlib::fmt

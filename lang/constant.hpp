// Exact compile-time constant values (go/constant in spirit).
//
// Untyped integer constants are arbitrary-precision integers, untyped floating-point constants
// exact rationals; both are rounded only when converted to a typed float (float32/float64).
// Values are immutable and shared (ConstPtr). The big-number representation is private to
// constant.cpp so that this header stays cheap to include (no Boost.Multiprecision here).
//
// Operations return a value of kind Unknown when they are not defined for their operands (e.g.
// `%` on floats); division by zero and representability are for the caller to check first.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "lang/ast.hpp"
#include "lang/types.hpp"

namespace weft::types {

struct ConstValue;
using ConstPtr = std::shared_ptr<const ConstValue>;

struct ConstValue {
  enum class Kind : uint8_t { Unknown, Bool, String, Int, Float };
  struct Num;  // the big number (constant.cpp)

  Kind kind = Kind::Unknown;

  ConstValue();
  ~ConstValue();
  ConstValue(const ConstValue&) = delete;
  ConstValue& operator=(const ConstValue&) = delete;

  bool known() const { return kind != Kind::Unknown; }
  bool isNumeric() const { return kind == Kind::Int || kind == Kind::Float; }

  bool boolVal() const { return b_; }
  const std::string& stringVal() const { return s_; }

  // Int, or Float with an integral value.
  bool isIntegral() const;
  // Sign of a numeric value (-1, 0, 1).
  int sign() const;
  // Number of bits of |x| for an Int (0 for 0).
  int bitLen() const;
  // The value if it is integral and fits.
  std::optional<int64_t> toInt64() const;
  std::optional<uint64_t> toUint64() const;
  // The value as a 64-bit word the way the VM stores it for a typed integer constant: for any
  // integral value in [-2^63, 2^64) the two's-complement low 64 bits (uint64 values above
  // 2^63-1 come out as their bit pattern).
  uint64_t wordBits() const;
  // Nearest float64 (round half to even; +-inf when out of range). For a constant of type
  // float32 the value was already rounded to float32, so this is exact.
  double toFloat64() const;

  // go/constant's String(): short human-readable form used in messages ("300", "1e+100", "0.1",
  // a quoted string shortened to 72 characters).
  std::string str() const;
  // Exact form: all digits of an integer; a float as a fraction "p/q" when not integral.
  std::string exactStr() const;

  const Num* num() const { return num_.get(); }

  // Construction (use the make* functions below).
  bool b_ = false;
  std::string s_;
  std::unique_ptr<Num> num_;
};

ConstPtr makeUnknown();
ConstPtr makeBool(bool b);
ConstPtr makeString(std::string s);
ConstPtr makeInt64(int64_t v);
ConstPtr makeUint64(uint64_t v);
ConstPtr makeFloat64(double v);  // finite values only
// Decodes a literal: Int (decimal, 0x, 0o, 0b, legacy octal), Float (decimal or hex), Rune (the
// literal as written, with quotes and escapes); returns Unknown if malformed. Underscores allowed.
ConstPtr makeFromLiteral(ast::LitKind kind, std::string_view text);

// Unary + - ^ ! . For ^ on an unsigned type of `unsignedBits` bits (0: not unsigned), the result
// is the complement within that width, as Go's constant ^x for typed unsigned x.
ConstPtr constUnary(ast::Op op, const ConstValue& x, int unsignedBits = 0);
// Binary arithmetic, bitwise and logical operators. Int op Int stays Int, except Quo which is
// exact (a Float) unless `integerQuo` (Go's integer division, truncating). Mixed Int/Float
// operands are Floats. `%`, `&`, `|`, `^`, `&^` need integral operands.
ConstPtr constBinary(ast::Op op, const ConstValue& x, const ConstValue& y, bool integerQuo);
// x << s or x >> s (arithmetic, rounding toward -inf) for integral x.
ConstPtr constShift(ast::Op op, const ConstValue& x, uint64_t s);
// Comparison (== != < <= > >=) of two values of the same kind class.
bool constCompare(ast::Op op, const ConstValue& x, const ConstValue& y);

// Float with integral value to Int (Int unchanged); Unknown if not integral.
ConstPtr toIntConst(const ConstValue& x);
// Int to Float (Float unchanged).
ConstPtr toFloatConst(const ConstValue& x);

// Whether x is representable by a value of basic kind `k` (typed or untyped). On success
// `*converted` (if given) receives the value as the type holds it: floats rounded to
// float32/float64, integral floats made Int for integer kinds.
bool representable(const ConstValue& x, Kind k, ConstPtr* converted = nullptr);

// Go's strconv.Quote of a string (used for string constants in messages).
std::string quoteGo(std::string_view s);

}  // namespace weft::types

// Exact constants (lang/constant.hpp). Expected strings are go/constant's (checked with Go).
#include <doctest.h>

#include <cmath>

#include "lang/constant.hpp"

using namespace weft::types;
using weft::ast::LitKind;
using weft::ast::Op;

namespace {

ConstPtr lit(LitKind k, const char* s) {
  return makeFromLiteral(k, s);
}
ConstPtr i(const char* s) {
  return lit(LitKind::Int, s);
}
ConstPtr f(const char* s) {
  return lit(LitKind::Float, s);
}

}  // namespace

TEST_CASE("constant: integer literals in every base") {
  CHECK(i("42")->str() == "42");
  CHECK(i("0x_FF")->str() == "255");
  CHECK(i("0o17")->str() == "15");
  CHECK(i("017")->str() == "15");
  CHECK(i("0b1011")->str() == "11");
  CHECK(i("1_000_000")->str() == "1000000");
  CHECK(i("0")->str() == "0");
  CHECK(i("123456789012345678901234567890")->str() == "123456789012345678901234567890");
  CHECK_FALSE(i("09")->known());
  CHECK_FALSE(i("0x")->known());
}

TEST_CASE("constant: float literals are exact") {
  auto a = f("0.1");
  auto b = f("0.2");
  auto sum = constBinary(Op::Add, *a, *b, false);
  CHECK(constCompare(Op::Eql, *sum, *f("0.3")));  // exact, unlike float64
  CHECK(a->str() == "0.1");
  CHECK(f("1e100")->str() == "1e+100");
  CHECK(f("1e309")->str() == "1e+309");
  CHECK(f("3.0")->str() == "3");
  CHECK(f("0x1p-2")->toFloat64() == 0.25);
  CHECK(f("1.5e3")->isIntegral());
  CHECK(f("2.5")->exactStr() == "5/2");
  CHECK(f("123456.7")->str() == "123456.7");  // Go 1.20+ (issue 56220); 1.19 printed 123457
  CHECK(f("0.0000001")->str() == "1e-07");
}

TEST_CASE("constant: rune literals") {
  CHECK(lit(LitKind::Rune, "'a'")->str() == "97");
  CHECK(lit(LitKind::Rune, "'\\n'")->str() == "10");
  CHECK(lit(LitKind::Rune, "'\\xff'")->str() == "255");
  CHECK(lit(LitKind::Rune, "'\\u00e9'")->str() == "233");
  CHECK(lit(LitKind::Rune, "'\\377'")->str() == "255");
  CHECK(lit(LitKind::Rune, "'é'")->str() == "233");
  CHECK(lit(LitKind::Rune, "'世'")->str() == "19990");
}

TEST_CASE("constant: integer arithmetic follows Go") {
  auto seven = makeInt64(7), minus7 = makeInt64(-7), two = makeInt64(2);
  CHECK(constBinary(Op::Quo, *seven, *two, true)->str() == "3");
  CHECK(constBinary(Op::Quo, *minus7, *two, true)->str() == "-3");  // truncation
  CHECK(constBinary(Op::Rem, *minus7, *two, true)->str() == "-1");
  CHECK(constBinary(Op::Quo, *seven, *two, false)->str() == "3.5");  // untyped exact
  CHECK(constBinary(Op::AndNot, *makeInt64(0xF), *makeInt64(0x5), true)->str() == "10");
  CHECK(constBinary(Op::And, *makeInt64(-6), *makeInt64(3), true)->str() == "2");
  CHECK(constShift(Op::Shl, *makeInt64(1), 100)->str() == "1267650600228229401496703205376");
  CHECK(constShift(Op::Shr, *makeInt64(-7), 1)->str() == "-4");
  CHECK(constShift(Op::Shr, *makeInt64(-7), 1000)->str() == "-1");
  CHECK(constUnary(Op::Xor, *makeInt64(5))->str() == "-6");
  CHECK(constUnary(Op::Xor, *makeInt64(5), 8)->str() == "250");
  CHECK(constUnary(Op::Sub, *f("2.5"))->str() == "-2.5");
  CHECK(constBinary(Op::Mul, *f("1.5"), *makeInt64(2), false)->isIntegral());
}

TEST_CASE("constant: strings and bools") {
  auto a = makeString("ab"), b = makeString("c\n");
  CHECK(constBinary(Op::Add, *a, *b, false)->str() == "\"abc\\n\"");
  CHECK(constCompare(Op::Lss, *a, *b));
  CHECK(constBinary(Op::LAnd, *makeBool(true), *makeBool(false), false)->boolVal() == false);
  CHECK(constUnary(Op::Not, *makeBool(false))->boolVal());
  std::string longS(100, 'x');
  CHECK(makeString(longS)->str() == "\"" + std::string(68, 'x') + "...");
  CHECK(quoteGo("é\x01\xff") == "\"é\\x01\\xff\"");
}

TEST_CASE("constant: representability and rounding") {
  ConstPtr out;
  CHECK(representable(*makeInt64(127), Kind::Int8));
  CHECK_FALSE(representable(*makeInt64(128), Kind::Int8));
  CHECK(representable(*makeInt64(-128), Kind::Int8));
  CHECK_FALSE(representable(*makeInt64(300), Kind::Uint8));
  CHECK_FALSE(representable(*makeInt64(-1), Kind::Uint));
  CHECK(representable(*i("18446744073709551615"), Kind::Uint64, &out));
  CHECK(out->wordBits() == UINT64_MAX);
  CHECK_FALSE(representable(*i("18446744073709551616"), Kind::Uint64));
  CHECK_FALSE(representable(*i("9223372036854775808"), Kind::Int));
  CHECK(representable(*f("3.0"), Kind::Int, &out));
  CHECK(out->kind == ConstValue::Kind::Int);
  CHECK_FALSE(representable(*f("3.5"), Kind::Int));
  CHECK(representable(*f("0.1"), Kind::Float64, &out));
  CHECK(out->toFloat64() == 0.1);
  CHECK(representable(*f("0.1"), Kind::Float32, &out));
  CHECK(out->toFloat64() == double(0.1f));
  CHECK_FALSE(representable(*f("1e309"), Kind::Float64));
  CHECK(representable(*f("1e309"), Kind::UntypedFloat));
  CHECK_FALSE(representable(*f("1e39"), Kind::Float32));
  CHECK(representable(*f("4.9e-324"), Kind::Float64, &out));
  CHECK(out->toFloat64() == 4.9e-324);
  CHECK(representable(*f("1e-400"), Kind::Float64, &out));  // rounds to 0
  CHECK(out->toFloat64() == 0.0);
  CHECK_FALSE(representable(*makeString("x"), Kind::Int));
  CHECK(representable(*makeString("x"), Kind::String));
  CHECK(f("1.7976931348623157e308")->toFloat64() == 1.7976931348623157e308);
  CHECK(std::isinf(f("1.8e308")->toFloat64()));
}

TEST_CASE("constant: integer conversion helpers") {
  CHECK(makeInt64(-5)->toInt64() == -5);
  CHECK_FALSE(makeInt64(-5)->toUint64().has_value());
  CHECK(makeInt64(-1)->wordBits() == UINT64_MAX);
  CHECK(toIntConst(*f("2.5"))->kind == ConstValue::Kind::Unknown);
  CHECK(toFloatConst(*makeInt64(3))->kind == ConstValue::Kind::Float);
  CHECK(makeFloat64(0.5)->str() == "0.5");
  CHECK(i("255")->bitLen() == 8);
}

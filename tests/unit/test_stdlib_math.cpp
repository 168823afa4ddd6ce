// math's C++ ports against Go's own results (vectors from stdlib/_tools/mathvectors.go, made
// on a CPU with FMA, which Go's and Weft's Exp both use when present).
#include <doctest.h>

#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <iostream>

#include "stdlib/math/gomath.hpp"

namespace g = weft::stdlib::gomath;

namespace {

struct MathVector {
  const char* fn;
  uint64_t x, y, want;
};

const MathVector kMathVectors[] = {
#include "data/math_vectors.inc"
};

double call(const char* fn, double x, double y) {
  std::string_view n = fn;
  if (n == "sin") return g::sin(x);
  if (n == "cos") return g::cos(x);
  if (n == "tan") return g::tan(x);
  if (n == "asin") return g::asin(x);
  if (n == "acos") return g::acos(x);
  if (n == "atan") return g::atan(x);
  if (n == "exp") return g::exp(x);
  if (n == "expm1") return g::expm1(x);
  if (n == "exp2") return g::exp2(x);
  if (n == "log") return g::log(x);
  if (n == "log2") return g::log2(x);
  if (n == "log10") return g::log10(x);
  if (n == "log1p") return g::log1p(x);
  if (n == "cbrt") return g::cbrt(x);
  if (n == "sinh") return g::sinh(x);
  if (n == "cosh") return g::cosh(x);
  if (n == "tanh") return g::tanh(x);
  if (n == "asinh") return g::asinh(x);
  if (n == "acosh") return g::acosh(x);
  if (n == "atanh") return g::atanh(x);
  if (n == "pow") return g::pow(x, y);
  if (n == "atan2") return g::atan2(x, y);
  if (n == "hypot") return g::hypot(x, y);
  if (n == "mod") return g::mod(x, y);
  return std::nan("");
}

bool usesExp(std::string_view n) {
  return n == "exp" || n == "sinh" || n == "cosh" || n == "tanh" || n == "pow";
}

}  // namespace

TEST_CASE("math: Go's algorithms, bit for bit") {
  bool fma = __builtin_cpu_supports("avx") && __builtin_cpu_supports("fma");
  int failures = 0, checked = 0;
  for (const MathVector& v : kMathVectors) {
    if (!fma && usesExp(v.fn)) continue;
    double got = call(v.fn, std::bit_cast<double>(v.x), std::bit_cast<double>(v.y));
    double want = std::bit_cast<double>(v.want);
    checked++;
    bool same = std::bit_cast<uint64_t>(got) == v.want || (std::isnan(got) && std::isnan(want));
    if (!same && failures++ < 10) {
      INFO(v.fn << "(" << std::bit_cast<double>(v.x) << ", " << std::bit_cast<double>(v.y) << ")");
      CHECK(got == want);
    }
  }
  CHECK(failures == 0);
  CHECK(checked > 3000);
}

TEST_CASE("math: Frexp, Ldexp, Modf") {
  int e;
  CHECK(g::frexp(8, e) == 0.5);
  CHECK(e == 4);
  CHECK(g::frexp(5e-324, e) == 0.5);
  CHECK(e == -1073);
  CHECK(g::ldexp(0.5, -1073) == 5e-324);
  CHECK(g::ldexp(1, 1024) == INFINITY);
  double frac;
  CHECK(g::modf(-3.25, frac) == -3);
  CHECK(frac == -0.25);
  CHECK(std::signbit(g::modf(-0.0, frac)));
}

// The natives of package math. The transcendental functions are gomath's ports of Go's
// algorithms (bit-identical results); exact operations use the C library.
#include <bit>
#include <cmath>
#include <limits>

#include "stdlib/math/gomath.hpp"
#include "stdlib/native_util.hpp"
#include "stdlib/natives.hpp"

namespace weft::stdlib {
namespace {

double arg(const NativeCall& call, int i) {
  return argFloat(call, i);
}

template <double (*F)(double)>
NativeResult unary(NativeCall& call) {
  call.results[0] = fromDouble(F(arg(call, 0)));
  return NativeResult::Done;
}

template <double (*F)(double, double)>
NativeResult binary(NativeCall& call) {
  call.results[0] = fromDouble(F(arg(call, 0), arg(call, 1)));
  return NativeResult::Done;
}

double absF(double x) {
  return std::fabs(x);
}
double ceilF(double x) {
  return std::ceil(x);
}
double floorF(double x) {
  return std::floor(x);
}
double truncF(double x) {
  return std::trunc(x);
}
double sqrtF(double x) {
  return std::sqrt(x);
}
double roundF(double x) {
  return std::round(x);
}  // half away from zero, as Go
double roundToEvenF(double x) {
  return std::nearbyint(x);
}
double copysignF(double f, double sign) {
  return std::copysign(f, sign);
}
double nextafterF(double x, double y) {
  return std::nextafter(x, y);
}
double remainderF(double x, double y) {
  return std::remainder(x, y);
}
double dimF(double x, double y) {
  double v = x - y;
  return v <= 0 ? 0 : v;
}

// Go's Max and Min: an infinity wins over NaN, NaN over numbers, and +0 > -0.
double maxF(double x, double y) {
  if (std::isinf(x) && x > 0) return x;
  if (std::isinf(y) && y > 0) return y;
  if (std::isnan(x) || std::isnan(y)) return std::numeric_limits<double>::quiet_NaN();
  if (x == 0 && x == y) return std::signbit(x) ? y : x;
  return x > y ? x : y;
}
double minF(double x, double y) {
  if (std::isinf(x) && x < 0) return x;
  if (std::isinf(y) && y < 0) return y;
  if (std::isnan(x) || std::isnan(y)) return std::numeric_limits<double>::quiet_NaN();
  if (x == 0 && x == y) return std::signbit(x) ? x : y;
  return x < y ? x : y;
}

NativeResult fma(NativeCall& call) {
  call.results[0] = fromDouble(std::fma(arg(call, 0), arg(call, 1), arg(call, 2)));
  return NativeResult::Done;
}

NativeResult float32bits(NativeCall& call) {
  call.results[0] = std::bit_cast<uint32_t>(static_cast<float>(arg(call, 0)));
  return NativeResult::Done;
}
NativeResult float32frombits(NativeCall& call) {
  float f = std::bit_cast<float>(static_cast<uint32_t>(argUint(call, 0)));
  call.results[0] = fromDouble(static_cast<double>(f));
  return NativeResult::Done;
}
NativeResult float64bits(NativeCall& call) {
  call.results[0] = call.args[0];
  return NativeResult::Done;
}
NativeResult float64frombits(NativeCall& call) {
  call.results[0] = call.args[0];
  return NativeResult::Done;
}

NativeResult frexp(NativeCall& call) {
  int e;
  call.results[0] = fromDouble(gomath::frexp(arg(call, 0), e));
  call.results[1] = static_cast<Word>(static_cast<int64_t>(e));
  return NativeResult::Done;
}

NativeResult ldexp(NativeCall& call) {
  int64_t e = argInt(call, 1);
  // Beyond any double's range either way; clamp so the int conversion is safe.
  if (e > 100000) e = 100000;
  if (e < -100000) e = -100000;
  call.results[0] = fromDouble(gomath::ldexp(arg(call, 0), static_cast<int>(e)));
  return NativeResult::Done;
}

NativeResult modf(NativeCall& call) {
  double frac;
  call.results[0] = fromDouble(gomath::modf(arg(call, 0), frac));
  call.results[1] = fromDouble(frac);
  return NativeResult::Done;
}

NativeResult inf(NativeCall& call) {
  double v = std::numeric_limits<double>::infinity();
  call.results[0] = fromDouble(argInt(call, 0) >= 0 ? v : -v);
  return NativeResult::Done;
}

NativeResult isInf(NativeCall& call) {
  double f = arg(call, 0);
  int64_t sign = argInt(call, 1);
  double max = std::numeric_limits<double>::max();
  call.results[0] = (sign >= 0 && f > max) || (sign <= 0 && f < -max);
  return NativeResult::Done;
}

NativeResult isNaN(NativeCall& call) {
  call.results[0] = std::isnan(arg(call, 0));
  return NativeResult::Done;
}

NativeResult nan(NativeCall& call) {
  call.results[0] = 0x7FF8000000000001;  // Go's NaN bits
  return NativeResult::Done;
}

NativeResult signbit(NativeCall& call) {
  call.results[0] = std::signbit(arg(call, 0));
  return NativeResult::Done;
}

}  // namespace

void registerMath(vm::NativeRegistry& r) {
  r.add("math.Abs", unary<absF>);
  r.add("math.Acos", unary<gomath::acos>);
  r.add("math.Acosh", unary<gomath::acosh>);
  r.add("math.Asin", unary<gomath::asin>);
  r.add("math.Asinh", unary<gomath::asinh>);
  r.add("math.Atan", unary<gomath::atan>);
  r.add("math.Atan2", binary<gomath::atan2>);
  r.add("math.Atanh", unary<gomath::atanh>);
  r.add("math.Cbrt", unary<gomath::cbrt>);
  r.add("math.Ceil", unary<ceilF>);
  r.add("math.Copysign", binary<copysignF>);
  r.add("math.Cos", unary<gomath::cos>);
  r.add("math.Cosh", unary<gomath::cosh>);
  r.add("math.Dim", binary<dimF>);
  r.add("math.Exp", unary<gomath::exp>);
  r.add("math.Exp2", unary<gomath::exp2>);
  r.add("math.Expm1", unary<gomath::expm1>);
  r.add("math.FMA", fma);
  r.add("math.Float32bits", float32bits);
  r.add("math.Float32frombits", float32frombits);
  r.add("math.Float64bits", float64bits);
  r.add("math.Float64frombits", float64frombits);
  r.add("math.Floor", unary<floorF>);
  r.add("math.Frexp", frexp);
  r.add("math.Hypot", binary<gomath::hypot>);
  r.add("math.Inf", inf);
  r.add("math.IsInf", isInf);
  r.add("math.IsNaN", isNaN);
  r.add("math.Ldexp", ldexp);
  r.add("math.Log", unary<gomath::log>);
  r.add("math.Log10", unary<gomath::log10>);
  r.add("math.Log1p", unary<gomath::log1p>);
  r.add("math.Log2", unary<gomath::log2>);
  r.add("math.Max", binary<maxF>);
  r.add("math.Min", binary<minF>);
  r.add("math.Mod", binary<gomath::mod>);
  r.add("math.Modf", modf);
  r.add("math.NaN", nan);
  r.add("math.Nextafter", binary<nextafterF>);
  r.add("math.Pow", binary<gomath::pow>);
  r.add("math.Remainder", binary<remainderF>);
  r.add("math.Round", unary<roundF>);
  r.add("math.RoundToEven", unary<roundToEvenF>);
  r.add("math.Signbit", signbit);
  r.add("math.Sin", unary<gomath::sin>);
  r.add("math.Sinh", unary<gomath::sinh>);
  r.add("math.Sqrt", unary<sqrtF>);
  r.add("math.Tan", unary<gomath::tan>);
  r.add("math.Tanh", unary<gomath::tanh>);
  r.add("math.Trunc", unary<truncF>);
}

}  // namespace weft::stdlib

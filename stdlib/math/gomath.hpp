// Go's math functions, bit for bit. Go's implementations are not correctly rounded and neither
// is the C library (they disagree in the last bit for a good share of inputs, and %v prints
// the shortest representation, so the difference shows); these are C++ ports of Go's own code:
// the pure-Go versions (sin.go, pow.go, ...) and, where Go on amd64 uses assembly, the
// assembly's algorithm (Exp, Log, Hypot), including its FMA path when the CPU has FMA, as Go
// chooses at run time. Functions that are exact (Sqrt, Floor, Mod, ...) use the C library.
#pragma once

namespace weft::stdlib::gomath {

double sin(double x);
double cos(double x);
double tan(double x);
double asin(double x);
double acos(double x);
double atan(double x);
double atan2(double y, double x);
double sinh(double x);
double cosh(double x);
double tanh(double x);
double asinh(double x);
double acosh(double x);
double atanh(double x);
double exp(double x);
double exp2(double x);
double expm1(double x);
double log(double x);
double log2(double x);
double log10(double x);
double log1p(double x);
double pow(double x, double y);
double cbrt(double x);
double hypot(double p, double q);
double mod(double x, double y);
double frexp(double f, int& exp);
double ldexp(double frac, int exp);
double modf(double f, double& frac);  // returns the integer part

}  // namespace weft::stdlib::gomath

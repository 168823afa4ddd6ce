// C++ ports of Go's math package (see gomath.hpp). Each function follows the Go source it is
// named after operation for operation; constants that Go computes exactly at compile time
// (Pi/2, 4/Pi, 1/Ln10, ...) are written as their float64 bit patterns.
//
// Copyright 2009-2010 The Go Authors (the algorithms and constants); BSD-style license.
// The algorithms themselves come from FreeBSD's msun and the Cephes library, as noted in Go.

// Fusing a*b+c would change results; x86-64's baseline has no FMA anyway, but be explicit.
#pragma GCC optimize("fp-contract=off")

#include "stdlib/math/gomath.hpp"

#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>

namespace weft::stdlib::gomath {
namespace {

uint64_t bits(double f) {
  return std::bit_cast<uint64_t>(f);
}
double frombits(uint64_t b) {
  return std::bit_cast<double>(b);
}

constexpr uint64_t kMask = 0x7FF;
constexpr int kShift = 64 - 11 - 1;
constexpr int kBias = 1023;

const double kPi = frombits(0x400921fb54442d18);
const double kPi2 = frombits(0x3ff921fb54442d18);   // Pi/2
const double kPi4 = frombits(0x3fe921fb54442d18);   // Pi/4
const double k3Pi4 = frombits(0x4002d97c7f3321d2);  // 3*Pi/4
const double k4OverPi = frombits(0x3ff45f306dc9c883);
const double kInvLn10 = frombits(0x3fdbcb7b1526e50e);  // 1/Ln10
const double kInvLn2 = frombits(0x3ff71547652b82fe);   // 1/Ln2
const double kLn2 = frombits(0x3fe62e42fefa39ef);

double inf(int sign) {
  return sign >= 0 ? std::numeric_limits<double>::infinity()
                   : -std::numeric_limits<double>::infinity();
}
double nan() {
  return frombits(0x7FF8000000000001);
}
bool isInf(double f, int sign) {
  return (sign >= 0 && f > std::numeric_limits<double>::max()) ||
         (sign <= 0 && f < -std::numeric_limits<double>::max());
}
bool isNaN(double f) {
  return f != f;
}

// Go's int64(f) on amd64 (CVTTSD2SQ): out of range and NaN give the "integer indefinite".
int64_t toInt64(double f) {
  if (!(f > -9223372036854775808.0 && f < 9223372036854775808.0)) return INT64_MIN;
  return static_cast<int64_t>(f);
}

// Shifts with Go's semantics for counts >= 64.
uint64_t shl(uint64_t x, unsigned n) {
  return n >= 64 ? 0 : x << n;
}
uint64_t shr(uint64_t x, unsigned n) {
  return n >= 64 ? 0 : x >> n;
}

double normalize(double x, int& exp) {
  const double kSmallestNormal = 2.2250738585072014e-308;
  if (std::fabs(x) < kSmallestNormal) {
    exp = -52;
    return x * static_cast<double>(uint64_t(1) << 52);
  }
  exp = 0;
  return x;
}

// ---- trigonometry (sin.go, tan.go, trig_reduce.go) --------------------------------------------

const double kSin[] = {
    1.58962301576546568060e-10, -2.50507477628578072866e-8, 2.75573136213857245213e-6,
    -1.98412698295895385996e-4, 8.33333333332211858878e-3,  -1.66666666666666307295e-1,
};
const double kCos[] = {
    -1.13585365213876817300e-11, 2.08757008419747316778e-9,  -2.75573141792967388112e-7,
    2.48015872888517045348e-5,   -1.38888888888730564116e-3, 4.16666666666665929218e-2,
};
const double PI4A = 7.85398125648498535156e-1;
const double PI4B = 3.77489470793079817668e-8;
const double PI4C = 2.69515142907905952645e-15;
constexpr double kReduceThreshold = 1 << 29;

const uint64_t mPi4[] = {
    0x0000000000000001, 0x45f306dc9c882a53, 0xf84eafa3ea69bb81, 0xb6c52b3278872083,
    0xfca2c757bd778ac3, 0x6e48dc74849ba5c0, 0x0c925dd413a32439, 0xfc3bd63962534e7d,
    0xd1046bea5d768909, 0xd338e04d68befc82, 0x7323ac7306a673e9, 0x3908bf177bf25076,
    0x3ff12fffbc0b301f, 0xde5e2316b414da3e, 0xda6cfd9e4f96136e, 0x9e8c7ecd3cbfd45a,
    0xea4f758fd7cbe2f6, 0x7a0e73ef14a525d4, 0xd7f6bf623f1aba10, 0xac06608df8f6d757,
};

// Payne-Hanek reduction of a huge argument: x mod Pi/4 and the octant.
void trigReduce(double x, uint64_t& j, double& z) {
  if (x < kPi4) {
    j = 0;
    z = x;
    return;
  }
  uint64_t ix = bits(x);
  int exp = static_cast<int>((ix >> kShift) & kMask) - kBias - kShift;
  ix &= ~(kMask << kShift);
  ix |= uint64_t(1) << kShift;
  unsigned digit = static_cast<unsigned>(exp + 61) / 64,
           bitshift = static_cast<unsigned>(exp + 61) % 64;
  uint64_t z0 = shl(mPi4[digit], bitshift) | shr(mPi4[digit + 1], 64 - bitshift);
  uint64_t z1 = shl(mPi4[digit + 1], bitshift) | shr(mPi4[digit + 2], 64 - bitshift);
  uint64_t z2 = shl(mPi4[digit + 2], bitshift) | shr(mPi4[digit + 3], 64 - bitshift);
  using u128 = unsigned __int128;
  uint64_t z2hi = static_cast<uint64_t>((u128(z2) * ix) >> 64);
  u128 z1p = u128(z1) * ix;
  uint64_t z1hi = static_cast<uint64_t>(z1p >> 64), z1lo = static_cast<uint64_t>(z1p);
  uint64_t z0lo = z0 * ix;
  uint64_t lo = z1lo + z2hi;
  uint64_t carry = lo < z1lo ? 1 : 0;
  uint64_t hi = z0lo + z1hi + carry;
  j = hi >> 61;
  hi = hi << 3 | lo >> 61;
  unsigned lz = hi == 0 ? 64 : static_cast<unsigned>(__builtin_clzll(hi));
  uint64_t e = static_cast<uint64_t>(kBias - static_cast<int>(lz + 1));
  hi = shl(hi, lz + 1) | shr(lo, 64 - (lz + 1));
  hi >>= 64 - kShift;
  hi |= e << kShift;
  z = frombits(hi);
  if (j & 1) {
    j++;
    j &= 7;
    z--;
  }
  z *= kPi4;
}

// x >= 0: the octant j and the reduced argument z.
void reduce(double x, uint64_t& j, double& z, bool mask7) {
  if (x >= kReduceThreshold) {
    trigReduce(x, j, z);
    return;
  }
  j = static_cast<uint64_t>(x * k4OverPi);  // integer part of x/(Pi/4)
  double y = static_cast<double>(j);
  if (j & 1) {  // map zeros to origin
    j++;
    y++;
  }
  if (mask7) j &= 7;  // octant modulo 2Pi radians (360 degrees)
  z = ((x - y * PI4A) - y * PI4B) - y * PI4C;
}

double sinPoly(double z, double zz) {
  return z +
         z * zz *
             ((((((kSin[0] * zz) + kSin[1]) * zz + kSin[2]) * zz + kSin[3]) * zz + kSin[4]) * zz +
              kSin[5]);
}
double cosPoly(double zz) {
  return 1.0 - 0.5 * zz +
         zz * zz *
             ((((((kCos[0] * zz) + kCos[1]) * zz + kCos[2]) * zz + kCos[3]) * zz + kCos[4]) * zz +
              kCos[5]);
}

// ---- atan (atan.go) ---------------------------------------------------------------------------

double xatan(double x) {
  const double P0 = -8.750608600031904122785e-01, P1 = -1.615753718733365076637e+01,
               P2 = -7.500855792314704667340e+01, P3 = -1.228866684490136173410e+02,
               P4 = -6.485021904942025371773e+01, Q0 = +2.485846490142306297962e+01,
               Q1 = +1.650270098316988542046e+02, Q2 = +4.328810604912902668951e+02,
               Q3 = +4.853903996359136964868e+02, Q4 = +1.945506571482613964425e+02;
  double z = x * x;
  z = z * ((((P0 * z + P1) * z + P2) * z + P3) * z + P4) /
      (((((z + Q0) * z + Q1) * z + Q2) * z + Q3) * z + Q4);
  z = x * z + x;
  return z;
}

double satan(double x) {
  const double Morebits = 6.123233995736765886130e-17;  // pi/2 = PIO2 + Morebits
  const double Tan3pio8 = 2.41421356237309504880;       // tan(3*pi/8)
  if (x <= 0.66) return xatan(x);
  if (x > Tan3pio8) return kPi2 - xatan(1 / x) + Morebits;
  return kPi4 + xatan((x - 1) / (x + 1)) + 0.5 * Morebits;
}

// ---- exp (exp.go, and exp_amd64.s for Exp itself) ---------------------------------------------

double expmulti(double hi, double lo, int k) {
  const double P1 = 1.66666666666666657415e-01, P2 = -2.77777777770155933842e-03,
               P3 = 6.61375632143793436117e-05, P4 = -1.65339022054652515390e-06,
               P5 = 4.13813679705723846039e-08;
  double r = hi - lo;
  double t = r * r;
  double c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  double y = 1 - ((lo - (r * c) / (2 - c)) - hi);
  return ldexp(y, k);
}

// CVTSD2SL: round to nearest even; NaN and out-of-range give INT32_MIN.
int32_t cvtsd2sl(double f) {
  if (!(f >= -2147483648.5 && f < 2147483647.5)) return INT32_MIN;
  double r = std::nearbyint(f);
  if (r < -2147483648.0 || r > 2147483647.0) return INT32_MIN;
  return static_cast<int32_t>(r);
}

bool haveFMA() {
  static const bool fma = __builtin_cpu_supports("avx") && __builtin_cpu_supports("fma");
  return fma;
}

}  // namespace

double sin(double x) {
  if (x == 0 || isNaN(x)) return x;
  if (isInf(x, 0)) return nan();
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  uint64_t j;
  double z;
  reduce(x, j, z, true);
  if (j > 3) {
    sign = !sign;
    j -= 4;
  }
  double zz = z * z;
  double y = (j == 1 || j == 2) ? cosPoly(zz) : sinPoly(z, zz);
  return sign ? -y : y;
}

double cos(double x) {
  if (isNaN(x) || isInf(x, 0)) return nan();
  bool sign = false;
  x = std::fabs(x);
  uint64_t j;
  double z;
  reduce(x, j, z, true);
  if (j > 3) {
    j -= 4;
    sign = !sign;
  }
  if (j > 1) sign = !sign;
  double zz = z * z;
  double y = (j == 1 || j == 2) ? sinPoly(z, zz) : cosPoly(zz);
  return sign ? -y : y;
}

double tan(double x) {
  static const double P[] = {-1.30936939181383777646e4, 1.15351664838587416140e6,
                             -1.79565251976484877988e7};
  static const double Q[] = {1.00000000000000000000e0, 1.36812963470692954678e4,
                             -1.32089234440210967447e6, 2.50083801823357915839e7,
                             -5.38695755929454629881e7};
  if (x == 0 || isNaN(x)) return x;
  if (isInf(x, 0)) return nan();
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  uint64_t j;
  double z;
  reduce(x, j, z, false);
  double zz = z * z;
  double y;
  if (zz > 1e-14) {
    y = z + z * (zz * (((P[0] * zz) + P[1]) * zz + P[2]) /
                 ((((zz + Q[1]) * zz + Q[2]) * zz + Q[3]) * zz + Q[4]));
  } else {
    y = z;
  }
  if (j & 2) y = -1 / y;
  return sign ? -y : y;
}

double asin(double x) {
  if (x == 0) return x;
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  if (x > 1) return nan();
  double temp = std::sqrt(1 - x * x);
  if (x > 0.7) {
    temp = kPi2 - satan(temp / x);
  } else {
    temp = satan(x / temp);
  }
  return sign ? -temp : temp;
}

double acos(double x) {
  return kPi2 - asin(x);
}

double atan(double x) {
  if (x == 0) return x;
  if (x > 0) return satan(x);
  return -satan(-x);
}

double atan2(double y, double x) {
  if (isNaN(y) || isNaN(x)) return nan();
  if (y == 0) {
    if (x >= 0 && !std::signbit(x)) return std::copysign(0.0, y);
    return std::copysign(kPi, y);
  }
  if (x == 0) return std::copysign(kPi2, y);
  if (isInf(x, 0)) {
    if (isInf(x, 1)) return isInf(y, 0) ? std::copysign(kPi4, y) : std::copysign(0.0, y);
    return isInf(y, 0) ? std::copysign(k3Pi4, y) : std::copysign(kPi, y);
  }
  if (isInf(y, 0)) return std::copysign(kPi2, y);
  double q = atan(y / x);
  if (x < 0) return q <= 0 ? q + kPi : q - kPi;
  return q;
}

double sinh(double x) {
  const double P0 = -0.6307673640497716991184787251e+6, P1 = -0.8991272022039509355398013511e+5,
               P2 = -0.2894211355989563807284660366e+4, P3 = -0.2630563213397497062819489e+2,
               Q0 = -0.6307673640497716991212077277e+6, Q1 = 0.1521517378790019070696485176e+5,
               Q2 = -0.173678953558233699533450911e+3;
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  double temp;
  if (x > 21) {
    temp = exp(x) * 0.5;
  } else if (x > 0.5) {
    double ex = exp(x);
    temp = (ex - 1 / ex) * 0.5;
  } else {
    double sq = x * x;
    temp = (((P3 * sq + P2) * sq + P1) * sq + P0) * x;
    temp = temp / (((sq + Q2) * sq + Q1) * sq + Q0);
  }
  return sign ? -temp : temp;
}

double cosh(double x) {
  x = std::fabs(x);
  if (x > 21) return exp(x) * 0.5;
  double ex = exp(x);
  return (ex + 1 / ex) * 0.5;
}

double tanh(double x) {
  static const double P[] = {-9.64399179425052238628e-1, -9.92877231001918586564e1,
                             -1.61468768441708447952e3};
  static const double Q[] = {1.12811678491632931402e2, 2.23548839060100448583e3,
                             4.84406305325125486048e3};
  const double MAXLOG = 8.8029691931113054295988e+01;
  double z = std::fabs(x);
  if (z > 0.5 * MAXLOG) return x < 0 ? -1 : 1;
  if (z >= 0.625) {
    double s = exp(2 * z);
    z = 1 - 2 / (s + 1);
    return x < 0 ? -z : z;
  }
  if (x == 0) return x;
  double s = x * x;
  return x + x * s * ((P[0] * s + P[1]) * s + P[2]) / (((s + Q[0]) * s + Q[1]) * s + Q[2]);
}

double asinh(double x) {
  const double Ln2 = 6.93147180559945286227e-01;
  const double NearZero = 1.0 / (1 << 28);
  const double Large = 1 << 28;
  if (isNaN(x) || isInf(x, 0)) return x;
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  double temp;
  if (x > Large) {
    temp = log(x) + Ln2;
  } else if (x > 2) {
    temp = log(2 * x + 1 / (std::sqrt(x * x + 1) + x));
  } else if (x < NearZero) {
    temp = x;
  } else {
    temp = log1p(x + x * x / (1 + std::sqrt(1 + x * x)));
  }
  return sign ? -temp : temp;
}

double acosh(double x) {
  const double Large = 1 << 28;
  if (x < 1 || isNaN(x)) return nan();
  if (x == 1) return 0;
  if (x >= Large) return log(x) + kLn2;
  if (x > 2) return log(2 * x - 1 / (x + std::sqrt(x * x - 1)));
  double t = x - 1;
  return log1p(t + std::sqrt(2 * t + t * t));
}

double atanh(double x) {
  const double NearZero = 1.0 / (1 << 28);
  if (x < -1 || x > 1 || isNaN(x)) return nan();
  if (x == 1) return inf(1);
  if (x == -1) return inf(-1);
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  double temp;
  if (x < NearZero) {
    temp = x;
  } else if (x < 0.5) {
    temp = x + x;
    temp = 0.5 * log1p(temp + temp * x / (1 - x));
  } else {
    temp = 0.5 * log1p((x + x) / (1 - x));
  }
  return sign ? -temp : temp;
}

// exp_amd64.s: a Taylor series on x/16 squared four times, with or without FMA.
double exp(double x) {
  const double LOG2E = 1.4426950408889634073599246810018920;
  const double LN2U = 0.69314718055966295651160180568695068359375;
  const double LN2L = 0.28235290563031577122588448175013436025525412068e-12;
  const double Overflow = 7.09782712893384e+02;
  const double c[] = {0.5,
                      1.0,
                      2.0,
                      1.6666666666666666667e-1,
                      4.1666666666666666667e-2,
                      8.3333333333333333333e-3,
                      1.3888888888888888889e-3,
                      1.9841269841269841270e-4,
                      2.4801587301587301587e-5};
  uint64_t b = bits(x);
  if ((b & ~(uint64_t(1) << 63)) >= 0x7FF0000000000000) {  // not finite
    if (b == 0xFFF0000000000000) return 0;                 // -Inf
    return x;                                              // NaN or +Inf
  }
  if (x > Overflow) return inf(1);
  int32_t k = cvtsd2sl(LOG2E * x);
  double kf = static_cast<double>(k);
  double r;
  if (haveFMA()) {
    r = std::fma(-LN2U, kf, x);
    r = std::fma(-LN2L, kf, r);
    r *= 0.0625;
    double p = c[8];
    p = std::fma(p, r, c[7]);
    p = std::fma(p, r, c[6]);
    p = std::fma(p, r, c[5]);
    p = std::fma(p, r, c[4]);
    p = std::fma(p, r, c[3]);
    p = std::fma(p, r, c[0]);
    p = std::fma(p, r, c[1]);
    r = r * p;
    for (int i = 0; i < 3; i++) r = r * (r + 2.0);
    r = std::fma(r, r + 2.0, 1.0);
  } else {
    r = x - LN2U * kf;
    r = r - LN2L * kf;
    r *= 0.0625;
    double p = c[8] * r;
    p += c[7];
    p *= r;
    p += c[6];
    p *= r;
    p += c[5];
    p *= r;
    p += c[4];
    p *= r;
    p += c[3];
    p *= r;
    p += c[0];
    p *= r;
    p += c[1];
    r = r * p;
    for (int i = 0; i < 4; i++) r = r * (r + 2.0);
    r += 1.0;
  }
  // fr * 2**k
  int32_t e = k + 0x3FF;
  if (e <= 0) {  // denormal
    if (e < -52) return 0;
    e += 0x3FE;
    r *= frombits(static_cast<uint64_t>(static_cast<uint32_t>(e)) << 52);
    e = 1;
  } else if (e >= 0x7FF) {
    return inf(1);
  }
  return r * frombits(static_cast<uint64_t>(static_cast<uint32_t>(e)) << 52);
}

double exp2(double x) {
  const double Ln2Hi = 6.93147180369123816490e-01, Ln2Lo = 1.90821492927058770002e-10;
  const double Overflow = 1.0239999999999999e+03, Underflow = -1.0740e+03;
  if (isNaN(x) || isInf(x, 1)) return x;
  if (isInf(x, -1)) return 0;
  if (x > Overflow) return inf(1);
  if (x < Underflow) return 0;
  int k = 0;
  if (x > 0) {
    k = static_cast<int>(x + 0.5);
  } else if (x < 0) {
    k = static_cast<int>(x - 0.5);
  }
  double t = x - static_cast<double>(k);
  double hi = t * Ln2Hi;
  double lo = -t * Ln2Lo;
  return expmulti(hi, lo, k);
}

double expm1(double x) {
  const double Othreshold = 7.09782712893383973096e+02, Ln2X56 = 3.88162421113569373274e+01,
               Ln2HalfX3 = 1.03972077083991796413e+00, Ln2Half = 3.46573590279972654709e-01,
               Ln2Hi = 6.93147180369123816490e-01, Ln2Lo = 1.90821492927058770002e-10,
               InvLn2 = 1.44269504088896338700e+00,
               Tiny = 1.0 / static_cast<double>(uint64_t(1) << 54),
               Q1 = -3.33333333333331316428e-02, Q2 = 1.58730158725481460165e-03,
               Q3 = -7.93650757867487942473e-05, Q4 = 4.00821782732936239552e-06,
               Q5 = -2.01099218183624371326e-07;
  if (isInf(x, 1) || isNaN(x)) return x;
  if (isInf(x, -1)) return -1;
  double absx = x;
  bool sign = false;
  if (x < 0) {
    absx = -absx;
    sign = true;
  }
  if (absx >= Ln2X56) {  // if |x| >= 56 * ln2
    if (sign) return -1;
    if (absx >= Othreshold) return inf(1);
  }
  double c = 0;
  int k;
  if (absx > Ln2Half) {  // if |x| > 0.5 * ln2
    double hi, lo;
    if (absx < Ln2HalfX3) {
      if (!sign) {
        hi = x - Ln2Hi;
        lo = Ln2Lo;
        k = 1;
      } else {
        hi = x + Ln2Hi;
        lo = -Ln2Lo;
        k = -1;
      }
    } else {
      k = !sign ? static_cast<int>(InvLn2 * x + 0.5) : static_cast<int>(InvLn2 * x - 0.5);
      double t = static_cast<double>(k);
      hi = x - t * Ln2Hi;
      lo = t * Ln2Lo;
    }
    x = hi - lo;
    c = (hi - x) - lo;
  } else if (absx < Tiny) {
    return x;
  } else {
    k = 0;
  }
  double hfx = 0.5 * x;
  double hxs = x * hfx;
  double r1 = 1 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
  double t = 3 - r1 * hfx;
  double e = hxs * ((r1 - t) / (6.0 - x * t));
  if (k == 0) return x - (x * e - hxs);
  e = (x * (e - c) - c);
  e -= hxs;
  if (k == -1) return 0.5 * (x - e) - 0.5;
  if (k == 1) {
    if (x < -0.25) return -2 * (e - (x + 0.5));
    return 1 + 2 * (x - e);
  }
  if (k <= -2 || k > 56) {  // suffice to return exp(x)-1
    double y = 1 - (e - x);
    y = frombits(bits(y) + (static_cast<uint64_t>(static_cast<int64_t>(k)) << 52));
    return y - 1;
  }
  if (k < 20) {
    double tt = frombits(0x3ff0000000000000 - (uint64_t(0x20000000000000) >> k));
    double y = tt - (e - x);
    y = frombits(bits(y) + (static_cast<uint64_t>(static_cast<int64_t>(k)) << 52));
    return y;
  }
  double tt = frombits(static_cast<uint64_t>(0x3ff - k) << 52);
  double y = x - (e + tt);
  y++;
  y = frombits(bits(y) + (static_cast<uint64_t>(static_cast<int64_t>(k)) << 52));
  return y;
}

// log_amd64.s (the algorithm of log.go, with the frexp done on the bits).
double log(double x) {
  const double HSqrt2 = 7.07106781186547524401e-01;
  const double Ln2Hi = 6.93147180369123816490e-01, Ln2Lo = 1.90821492927058770002e-10;
  const double L1 = 6.666666666666735130e-01, L2 = 3.999999999940941908e-01,
               L3 = 2.857142874366239149e-01, L4 = 2.222219843214978396e-01,
               L5 = 1.818357216161805012e-01, L6 = 1.531383769920937332e-01,
               L7 = 1.479819860511658591e-01;
  uint64_t b = bits(x);
  if ((b & ~(uint64_t(1) << 63)) == 0) return inf(-1);
  if (static_cast<int64_t>(b) < 0) return nan();
  if (b >= 0x7FF0000000000000) return x;  // +Inf or NaN
  double f1 = frombits((b & 0x000FFFFFFFFFFFFF) | 0x3FE0000000000000);
  double k = static_cast<double>(static_cast<int32_t>((b >> 52) & 0x7FF) - 0x3FE);
  if (!(HSqrt2 < f1)) {
    k -= 1;
    f1 *= 2;
  }
  double f = f1 - 1;
  double s = f / (2 + f);
  double s2 = s * s;
  double s4 = s2 * s2;
  double t1 = s2 * (L1 + s4 * (L3 + s4 * (L5 + s4 * L7)));
  double t2 = s4 * (L2 + s4 * (L4 + s4 * L6));
  double R = t1 + t2;
  double hfsq = 0.5 * f * f;
  return k * Ln2Hi - ((hfsq - (s * (hfsq + R) + k * Ln2Lo)) - f);
}

double log10(double x) {
  return log(x) * kInvLn10;
}

double log2(double x) {
  int e;
  double frac = frexp(x, e);
  if (frac == 0.5) return static_cast<double>(e - 1);  // exact power of two
  return log(frac) * kInvLn2 + static_cast<double>(e);
}

double log1p(double x) {
  const double Sqrt2M1 = 4.142135623730950488017e-01, Sqrt2HalfM1 = -2.928932188134524755992e-01,
               Small = 1.0 / (1 << 29), Tiny = 1.0 / static_cast<double>(uint64_t(1) << 54),
               Two53 = static_cast<double>(uint64_t(1) << 53), Ln2Hi = 6.93147180369123816490e-01,
               Ln2Lo = 1.90821492927058770002e-10, Lp1 = 6.666666666666735130e-01,
               Lp2 = 3.999999999940941908e-01, Lp3 = 2.857142874366239149e-01,
               Lp4 = 2.222219843214978396e-01, Lp5 = 1.818357216161805012e-01,
               Lp6 = 1.531383769920937332e-01, Lp7 = 1.479819860511658591e-01;
  if (x < -1 || isNaN(x)) return nan();
  if (x == -1) return inf(-1);
  if (isInf(x, 1)) return inf(1);
  double absx = std::fabs(x);
  double f = 0;
  uint64_t iu = 0;
  int k = 1;
  if (absx < Sqrt2M1) {  //  |x| < Sqrt(2)-1
    if (absx < Small) {  // |x| < 2**-29
      if (absx < Tiny) return x;
      return x - x * x * 0.5;
    }
    if (x > Sqrt2HalfM1) {  // Sqrt(2)/2-1 < x
      k = 0;
      f = x;
      iu = 1;
    }
  }
  double c = 0;
  if (k != 0) {
    double u;
    if (absx < Two53) {
      u = 1.0 + x;
      iu = bits(u);
      k = static_cast<int>((iu >> 52) - 1023);
      if (k > 0) {
        c = 1.0 - (u - x);
      } else {
        c = x - (u - 1.0);
      }
      c /= u;
    } else {
      u = x;
      iu = bits(u);
      k = static_cast<int>((iu >> 52) - 1023);
      c = 0;
    }
    iu &= 0x000fffffffffffff;
    if (iu < 0x0006a09e667f3bcd) {  // mantissa of Sqrt(2)
      u = frombits(iu | 0x3ff0000000000000);
    } else {
      k++;
      u = frombits(iu | 0x3fe0000000000000);
      iu = (0x0010000000000000 - iu) >> 2;
    }
    f = u - 1.0;
  }
  double hfsq = 0.5 * f * f;
  double s, R, z;
  if (iu == 0) {  // |f| < 2**-20
    if (f == 0) {
      if (k == 0) return 0;
      c += static_cast<double>(k) * Ln2Lo;
      return static_cast<double>(k) * Ln2Hi + c;
    }
    R = hfsq * (1.0 - 0.66666666666666666 * f);
    if (k == 0) return f - R;
    return static_cast<double>(k) * Ln2Hi - ((R - (static_cast<double>(k) * Ln2Lo + c)) - f);
  }
  s = f / (2.0 + f);
  z = s * s;
  R = z * (Lp1 + z * (Lp2 + z * (Lp3 + z * (Lp4 + z * (Lp5 + z * (Lp6 + z * Lp7))))));
  if (k == 0) return f - (hfsq - s * (hfsq + R));
  return static_cast<double>(k) * Ln2Hi -
         ((hfsq - (s * (hfsq + R) + (static_cast<double>(k) * Ln2Lo + c))) - f);
}

namespace {

bool isOddInt(double x) {
  double frac;
  double xi = modf(x, frac);
  return frac == 0 && (toInt64(xi) & 1) == 1;
}

}  // namespace

double pow(double x, double y) {
  if (y == 0 || x == 1) return 1;
  if (y == 1) return x;
  if (isNaN(x) || isNaN(y)) return nan();
  if (x == 0) {
    if (y < 0) {
      if (isOddInt(y)) return std::copysign(inf(1), x);
      return inf(1);
    }
    if (y > 0) {
      if (isOddInt(y)) return x;
      return 0;
    }
  }
  if (isInf(y, 0)) {
    if (x == -1) return 1;
    if ((std::fabs(x) < 1) == isInf(y, 1)) return 0;
    return inf(1);
  }
  if (isInf(x, 0)) {
    if (isInf(x, -1)) return pow(1 / x, -y);  // Pow(-0, -y)
    if (y < 0) return 0;
    if (y > 0) return inf(1);
  }
  if (y == 0.5) return std::sqrt(x);
  if (y == -0.5) return 1 / std::sqrt(x);

  double yf;
  double yi = modf(std::fabs(y), yf);
  if (yf != 0 && x < 0) return nan();
  if (yi >= 9223372036854775808.0) {
    // yi is a large even int that will lead to overflow (or underflow to 0) for all x except -1.
    if (x == -1) return 1;
    if ((std::fabs(x) < 1) == (y > 0)) return 0;
    return inf(1);
  }
  // ans = a1 * 2**ae (= 1 for now).
  double a1 = 1.0;
  int ae = 0;
  // ans *= x**yf
  if (yf != 0) {
    if (yf > 0.5) {
      yf--;
      yi++;
    }
    a1 = exp(yf * log(x));
  }
  // ans *= x**yi, by repeated squaring.
  int xe;
  double x1 = frexp(x, xe);
  for (int64_t i = static_cast<int64_t>(yi); i != 0; i >>= 1) {
    if (xe < -(1 << 12) || (1 << 12) < xe) {
      // catastrophic overflow; let Ldexp handle it
      ae += xe;
      break;
    }
    if (i & 1) {
      a1 *= x1;
      ae += xe;
    }
    x1 *= x1;
    xe <<= 1;
    if (x1 < .5) {
      x1 += x1;
      xe--;
    }
  }
  // ans = a1 * 2**ae; if y < 0 { ans = 1 / ans } but in the opposite order
  if (y < 0) {
    a1 = 1 / a1;
    ae = -ae;
  }
  return ldexp(a1, ae);
}

double cbrt(double x) {
  const uint64_t B1 = 715094163, B2 = 696219795;
  const double C = 5.42857142857142815906e-01, D = -7.05306122448979611050e-01,
               E = 1.41428571428571436819e+00, F = 1.60714285714285720630e+00,
               G = 3.57142857142857150787e-01, SmallestNormal = 2.22507385850720138309e-308;
  if (x == 0 || isNaN(x) || isInf(x, 0)) return x;
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  // rough cbrt to 5 bits
  double t = frombits(bits(x) / 3 + (B1 << 32));
  if (x < SmallestNormal) {
    t = static_cast<double>(uint64_t(1) << 54);
    t *= x;
    t = frombits(bits(t) / 3 + (B2 << 32));
  }
  // new cbrt to 23 bits
  double r = t * t / x;
  double s = C + r * t;
  t *= G + F / (s + E + D / s);
  // chop to 22 bits, make larger than cbrt(x)
  t = frombits((bits(t) & (uint64_t(0xFFFFFFFFC) << 28)) + (uint64_t(1) << 30));
  // one step newton iteration to 53 bits with error less than 0.667ulps
  s = t * t;
  r = x / s;
  double w = t + t;
  r = (r - t) / (w + r);
  t = t + t * r;
  return sign ? -t : t;
}

// hypot_amd64.s: max * sqrt(1 + (min/max)**2).
double hypot(double p, double q) {
  if (isInf(p, 0) || isInf(q, 0)) return inf(1);
  if (isNaN(p) || isNaN(q)) return nan();
  p = std::fabs(p);
  q = std::fabs(q);
  if (p < q) std::swap(p, q);
  if (p == 0) return 0;
  q = q / p;
  return p * std::sqrt(1 + q * q);
}

double mod(double x, double y) {
  if (y == 0 || isInf(x, 0) || isNaN(x) || isNaN(y)) return nan();
  return std::fmod(x, y);  // exact, as Go's
}

double frexp(double f, int& exp) {
  exp = 0;
  if (f == 0 || isInf(f, 0) || isNaN(f)) return f;
  f = normalize(f, exp);
  uint64_t x = bits(f);
  exp += static_cast<int>((x >> kShift) & kMask) - kBias + 1;
  x &= ~(kMask << kShift);
  x |= static_cast<uint64_t>(-1 + kBias) << kShift;
  return frombits(x);
}

double ldexp(double frac, int exp) {
  if (frac == 0) return frac;  // correctly return -0
  if (isInf(frac, 0) || isNaN(frac)) return frac;
  int e;
  frac = normalize(frac, e);
  exp += e;
  uint64_t x = bits(frac);
  exp += static_cast<int>((x >> kShift) & kMask) - kBias;
  if (exp < -1075) return std::copysign(0.0, frac);  // underflow
  if (exp > 1023) return frac < 0 ? inf(-1) : inf(1);
  double m = 1;
  if (exp < -1022) {  // denormal
    exp += 53;
    m = 1.0 / static_cast<double>(uint64_t(1) << 53);
  }
  x &= ~(kMask << kShift);
  x |= static_cast<uint64_t>(exp + kBias) << kShift;
  return m * frombits(x);
}

double modf(double f, double& frac) {
  if (f < 1) {
    if (f < 0) {
      double ip = modf(-f, frac);
      frac = -frac;
      return -ip;
    }
    if (f == 0) {
      frac = f;
      return f;  // -0, -0 when f == -0
    }
    frac = f;
    return 0;
  }
  uint64_t x = bits(f);
  unsigned e = static_cast<unsigned>((x >> kShift) & kMask) - kBias;
  // Keep the top 12+e bits, the integer part; clear the rest.
  if (e < 64 - 12) x &= ~((uint64_t(1) << (64 - 12 - e)) - 1);
  double ip = frombits(x);
  frac = f - ip;
  return ip;
}

}  // namespace weft::stdlib::gomath

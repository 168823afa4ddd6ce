// A port of Go's Duration.String (time/time.go: format, fmtFrac, fmtInt).
#include "stdlib/time/duration.hpp"

namespace weft::stdlib::timefmt {
namespace {

constexpr uint64_t kMicrosecond = 1000, kMillisecond = 1000000, kSecond = 1000000000;

// Formats the fraction of v/10**prec (e.g., ".12345") into the tail of buf, omitting trailing
// zeros and the decimal point if the fraction is 0. Returns the new start and v/10**prec.
int fmtFrac(char* buf, int w, uint64_t& v, int prec) {
  bool print = false;
  for (int i = 0; i < prec; i++) {
    uint64_t digit = v % 10;
    print = print || digit != 0;
    if (print) buf[--w] = static_cast<char>('0' + digit);
    v /= 10;
  }
  if (print) buf[--w] = '.';
  return w;
}

int fmtInt(char* buf, int w, uint64_t v) {
  if (v == 0) {
    buf[--w] = '0';
  } else {
    for (; v > 0; v /= 10) buf[--w] = static_cast<char>('0' + v % 10);
  }
  return w;
}

}  // namespace

std::string durationString(int64_t d) {
  char buf[32];
  int w = sizeof buf;
  uint64_t u = static_cast<uint64_t>(d);
  bool neg = d < 0;
  if (neg) u = 0 - u;
  if (u < kSecond) {
    // Special case: if duration is smaller than a second, use smaller units, like 1.2ms.
    int prec;
    buf[--w] = 's';
    --w;
    if (u == 0) {
      buf[w] = '0';
      return std::string(buf + w, sizeof buf - static_cast<std::size_t>(w));
    } else if (u < kMicrosecond) {
      prec = 0;
      buf[w] = 'n';
    } else if (u < kMillisecond) {
      prec = 3;
      // U+00B5 'µ' micro sign == 0xC2 0xB5
      --w;
      buf[w] = '\xC2';
      buf[w + 1] = '\xB5';
    } else {
      prec = 6;
      buf[w] = 'm';
    }
    w = fmtFrac(buf, w, u, prec);
    w = fmtInt(buf, w, u);
  } else {
    buf[--w] = 's';
    w = fmtFrac(buf, w, u, 9);
    // u is now integer seconds
    w = fmtInt(buf, w, u % 60);
    u /= 60;
    // u is now integer minutes
    if (u > 0) {
      buf[--w] = 'm';
      w = fmtInt(buf, w, u % 60);
      u /= 60;
      // u is now integer hours; stop at hours because days can be different lengths.
      if (u > 0) {
        buf[--w] = 'h';
        w = fmtInt(buf, w, u);
      }
    }
  }
  if (neg) buf[--w] = '-';
  return std::string(buf + w, sizeof buf - static_cast<std::size_t>(w));
}

}  // namespace weft::stdlib::timefmt

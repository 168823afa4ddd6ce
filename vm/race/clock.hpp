// Vector clocks and epochs of the race detector (FastTrack, Flanagan & Freund, PLDI 2009).
//
// A goroutine's logical time is its vector clock: entry t is the last clock of goroutine slot t
// whose effects it has seen (through a happens-before edge). An epoch `c@t` names one instant of
// one goroutine slot: it happens before goroutine u's present iff c <= u.vc[t].
//
// Slots (Tid) are reused by later goroutines after a quarantine (race/detector.cpp); a slot's
// clock never goes back, so an epoch stays unique across reuse.
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

namespace weft::vm::race {

using Tid = uint32_t;
// 32-bit clocks keep vector clocks small and let joins run four entries per SSE instruction; a
// goroutine slot that would pass 2^32 releases ends the program (race/detector.cpp).
using Clock = uint32_t;

// An epoch packed in one word: slot in bits 32..54, clock in the low 32 (bit 63 stays clear so
// shadow cells can use it as a tag). 0 means "no access".
struct Epoch {
  static constexpr int kClockBits = 32;
  static constexpr uint64_t kClockMask = (uint64_t{1} << kClockBits) - 1;
  static constexpr Tid kMaxTid = (Tid{1} << 23) - 1;
  static uint64_t make(Tid t, Clock c) { return (uint64_t{t} << kClockBits) | (c & kClockMask); }
  static Tid tid(uint64_t e) { return static_cast<Tid>(e >> kClockBits); }
  static Clock clock(uint64_t e) { return e & kClockMask; }
};

// A dense vector clock; entries past the end are 0.
class VectorClock {
 public:
  Clock get(Tid t) const { return t < c_.size() ? c_[t] : 0; }
  void set(Tid t, Clock v) {
    if (t >= c_.size()) c_.resize(t + 1, 0);
    c_[t] = v;
  }
  void setMax(Tid t, Clock v) {
    if (v > get(t)) set(t, v);
  }
  // this := pointwise max(this, o).
  void join(const VectorClock& o) {
    if (o.c_.size() > c_.size()) c_.resize(o.c_.size(), 0);
    maxInto(c_.data(), o.c_.data(), o.c_.size());
  }
  // this, o := pointwise max(this, o) (a release followed by an acquire, in one pass).
  void joinBoth(VectorClock& o) {
    if (o.c_.size() > c_.size()) c_.resize(o.c_.size(), 0);
    if (c_.size() > o.c_.size()) o.c_.resize(c_.size(), 0);
    maxBoth(c_.data(), o.c_.data(), c_.size());
  }
  // Whether epoch e happens before (or is) the present of this clock.
  bool covers(uint64_t e) const { return Epoch::clock(e) <= get(Epoch::tid(e)); }
  std::size_t size() const { return c_.size(); }
  void clear() { c_.clear(); }

  // a, b, this := pointwise max of the three (a hand-off between two goroutines through one
  // sync object, in one pass).
  void joinThree(VectorClock& a, VectorClock& b) {
    std::size_t n = std::max({c_.size(), a.c_.size(), b.c_.size()});
    c_.resize(n, 0), a.c_.resize(n, 0), b.c_.resize(n, 0);
    Clock *x = c_.data(), *y = a.c_.data(), *z = b.c_.data();
    std::size_t i = 0;
    for (; i + 4 <= n; i += 4) {
      V4 p, q, r;
      __builtin_memcpy(&p, x + i, sizeof p);
      __builtin_memcpy(&q, y + i, sizeof q);
      __builtin_memcpy(&r, z + i, sizeof r);
      p = p > q ? p : q;
      p = p > r ? p : r;
      __builtin_memcpy(x + i, &p, sizeof p);
      __builtin_memcpy(y + i, &p, sizeof p);
      __builtin_memcpy(z + i, &p, sizeof p);
    }
    for (; i < n; i++) x[i] = y[i] = z[i] = std::max({x[i], y[i], z[i]});
  }

 private:
  using V4 = Clock __attribute__((vector_size(16)));
  static void maxInto(Clock* a, const Clock* b, std::size_t n) {
    std::size_t i = 0;
    for (; i + 4 <= n; i += 4) {
      V4 x, y;
      __builtin_memcpy(&x, a + i, sizeof x);
      __builtin_memcpy(&y, b + i, sizeof y);
      x = x > y ? x : y;
      __builtin_memcpy(a + i, &x, sizeof x);
    }
    for (; i < n; i++) a[i] = std::max(a[i], b[i]);
  }
  static void maxBoth(Clock* a, Clock* b, std::size_t n) {
    std::size_t i = 0;
    for (; i + 4 <= n; i += 4) {
      V4 x, y;
      __builtin_memcpy(&x, a + i, sizeof x);
      __builtin_memcpy(&y, b + i, sizeof y);
      x = x > y ? x : y;
      __builtin_memcpy(a + i, &x, sizeof x);
      __builtin_memcpy(b + i, &x, sizeof x);
    }
    for (; i < n; i++) a[i] = b[i] = std::max(a[i], b[i]);
  }
  std::vector<Clock> c_;
};

}  // namespace weft::vm::race

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
using Clock = uint64_t;

// An epoch packed in one word: slot in the high 23 bits, clock in the low 40 (bit 63 stays
// clear so shadow cells can use it as a tag). 0 means "no access".
struct Epoch {
  static constexpr int kClockBits = 40;
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
  // this := pointwise max(this, o).
  void join(const VectorClock& o) {
    if (o.c_.size() > c_.size()) c_.resize(o.c_.size(), 0);
    for (std::size_t i = 0; i < o.c_.size(); i++) c_[i] = std::max(c_[i], o.c_[i]);
  }
  // Whether epoch e happens before (or is) the present of this clock.
  bool covers(uint64_t e) const { return Epoch::clock(e) <= get(Epoch::tid(e)); }
  std::size_t size() const { return c_.size(); }
  void clear() { c_.clear(); }

 private:
  std::vector<Clock> c_;
};

}  // namespace weft::vm::race

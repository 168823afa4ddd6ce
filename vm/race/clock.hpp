// Vector clocks and epochs of the race detector (FastTrack, Flanagan & Freund, PLDI 2009).
//
// A goroutine's logical time is its vector clock: entry t is the last clock of goroutine slot t
// whose effects it has seen (through a happens-before edge). An epoch `c@t` names one instant of
// one goroutine slot: it happens before goroutine u's present iff c <= u.vc[t].
//
// Slots (Tid) are reused by later goroutines after a quarantine (race/detector.cpp); a slot's
// clock never goes back, so an epoch stays unique across reuse.
//
// Representation (why joins are cheap): a VectorClock is a shared, immutable, reference-counted
// dense array (a ClockBase) plus up to kExtras private (slot, clock) entries above it. Copying a
// clock (a `go` statement, a hand-off giving both parties the same clock) shares the base. The
// bases form chains: a base made from another one (its parent) is pointwise >= it, and the first
// child of a base continues the parent's *lineage* with the next sequence number, so within one
// lineage `seq` orders the bases pointwise (P.seq <= Q.seq implies P <= Q). A join whose bases are
// in one lineage just takes the later base and merges the extras: O(kExtras), not O(slots). Only
// bases of different lineages are joined entry by entry (into a new base, which becomes a child of
// one of them). A base held by one clock only and without a child is updated in place.
// Threads: a ClockBase's entries never change once a second holder or a child can see it; its
// reference count and `hasChild` are atomic. A VectorClock itself is guarded by its owner (the
// goroutine's thread, or the sync object's lock).
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <new>

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

namespace clock_detail {

// Identity of a chain of bases: a number never handed out twice in the process (a unique-id
// counter, race/clock.cpp; ids are drawn in blocks per thread).
using Lineage = uint64_t;
Lineage newLineage();

// A point (lineage, seq) of a chain: every base of that lineage up to seq.
struct Point {
  Lineage lineage = 0;
  uint32_t seq = 0;
};

// Memory of a base of `cap` entries (a power of two >= 8), from a small per-thread cache.
void* allocBase(uint32_t cap);
void freeBase(void* p, uint32_t cap);

struct ClockBase {
  std::atomic<uint32_t> refs{1};
  std::atomic<bool> hasChild{false};
  // Another base claims to be >= this one (ClockBase::dominated): its entries must not change.
  mutable std::atomic<bool> frozen{false};
  Lineage lineage = 0;
  uint32_t seq = 0;
  uint32_t n = 0;    // entries in use
  uint32_t cap = 0;  // entries allocated
  // Points of other lineages this base is known to be >= (it was made from them): a join of
  // two branches is entry by entry once, later joins with either side are cheap again.
  static constexpr int kDominated = 4;
  Point dominated[kDominated];
  Clock c[1];  // `cap` entries (allocated past the end)

  Clock get(uint32_t t) const { return t < n ? c[t] : 0; }

  // A new base of `n` entries, a child of `parent` (null: the root of a new lineage); entries
  // from `filled` on are zero, the caller writes the others and makes it pointwise >= parent.
  static ClockBase* make(uint32_t n, ClockBase* parent, uint32_t filled = 0) {
    // Room to grow: a clock's size is the number of goroutine slots, which grows slowly.
    uint32_t cap = 8;
    while (cap < n + n / 8) cap *= 2;
    auto* b = new (allocBase(cap)) ClockBase;
    b->n = n;
    b->cap = cap;
    std::memset(b->c + filled, 0, sizeof(Clock) * (cap - filled));
    // (Loads first: the parent is usually shared, a write would take its cache line away.)
    if (parent && !parent->hasChild.load(std::memory_order_acquire) &&
        !parent->hasChild.exchange(true, std::memory_order_acq_rel)) {
      b->lineage = parent->lineage;
      b->seq = parent->seq + 1;
    } else {
      b->lineage = newLineage();
      if (parent) {
        if (!parent->frozen.load(std::memory_order_relaxed))
          parent->frozen.store(true, std::memory_order_release);
        b->addDominated(parent->lineage, parent->seq);
      }
    }
    if (parent)
      for (const Point& p : parent->dominated)
        if (p.lineage) b->addDominated(p.lineage, p.seq);
    return b;
  }
  // Records that this base is >= every base of lineage l up to seq (only while nobody else
  // can see this base: a new one, or an exclusive one).
  void addDominated(Lineage l, uint32_t s) {
    if (l == lineage) return;
    Point* slot = nullptr;
    for (Point& p : dominated) {
      if (p.lineage == l) {
        p.seq = std::max(p.seq, s);
        return;
      }
      if (!p.lineage && !slot) slot = &p;
    }
    if (!slot) {
      // Full: forget the oldest (the first); the others move down.
      for (int i = 0; i + 1 < kDominated; i++) dominated[i] = dominated[i + 1];
      slot = &dominated[kDominated - 1];
    }
    *slot = {l, s};
  }
  // Also >= `o` and what `o` is known to be >= (this was just made >= o entry by entry).
  void absorb(const ClockBase* o) {
    for (const Point& p : o->dominated)
      if (p.lineage) addDominated(p.lineage, p.seq);
    if (!o->frozen.load(std::memory_order_relaxed))
      o->frozen.store(true, std::memory_order_release);
    addDominated(o->lineage, o->seq);
  }
  static void ref(ClockBase* b) {
    if (b) b->refs.fetch_add(1, std::memory_order_relaxed);
  }
  static void unref(ClockBase* b) {
    if (!b || b->refs.fetch_sub(1, std::memory_order_acq_rel) != 1) return;
    uint32_t cap = b->cap;
    b->~ClockBase();
    freeBase(b, cap);
  }
  // Whether p <= q pointwise is known without looking at the entries.
  static bool precedes(const ClockBase* p, const ClockBase* q) {
    if (!p || p == q) return true;
    if (!q) return false;
    if (p->lineage == q->lineage) return p->seq <= q->seq;
    for (const Point& d : q->dominated)
      if (d.lineage == p->lineage) return p->seq <= d.seq;
    return false;
  }
  // Only one holder, no child, no base claiming to be >= it: its entries may change in place.
  bool exclusive() const {
    return refs.load(std::memory_order_acquire) == 1 && !hasChild.load(std::memory_order_acquire) &&
           !frozen.load(std::memory_order_acquire);
  }
};

// a[i] := max(a[i], b[i]) for i < n (race/clock.cpp: vectorised for the machine).
void maxInto(Clock* a, const Clock* b, std::size_t n);
// out[i] := max(a[i], b[i]) for i < n, where a has na entries and b nb (zero past them).
void max2(Clock* out, const Clock* a, std::size_t na, const Clock* b, std::size_t nb,
          std::size_t n);

}  // namespace clock_detail

class VectorClock {
  using Base = clock_detail::ClockBase;

 public:
  static constexpr uint32_t kExtras = 8;

  VectorClock() = default;
  VectorClock(const VectorClock& o) : base_(o.base_), nx_(o.nx_) {
    Base::ref(base_);
    std::copy(o.x_, o.x_ + nx_, x_);
  }
  VectorClock& operator=(const VectorClock& o) {
    if (this == &o) return *this;
    Base::ref(o.base_);
    Base::unref(base_);
    base_ = o.base_;
    nx_ = o.nx_;
    std::copy(o.x_, o.x_ + nx_, x_);
    return *this;
  }
  ~VectorClock() { Base::unref(base_); }

  Clock get(Tid t) const {
    Clock v = base_ ? base_->get(t) : 0;
    for (uint32_t i = 0; i < nx_; i++)
      if (x_[i].t == t) return std::max(v, x_[i].c);
    return v;
  }
  // Sets entry t to v (also downwards: tests only).
  void set(Tid t, Clock v) {
    if (v >= get(t)) return setMax(t, v);
    // Lowering breaks the order of the base's lineage: a private copy, root of a new one.
    auto n = static_cast<uint32_t>(std::max<std::size_t>(size(), t + 1));
    Base* fresh = Base::make(n, nullptr);
    for (uint32_t i = 0; i < n; i++) fresh->c[i] = get(i);
    fresh->c[t] = v;
    Base::unref(base_);
    base_ = fresh;
    nx_ = 0;
  }
  void setMax(Tid t, Clock v) {
    if (base_ && base_->get(t) >= v) return;
    for (uint32_t i = 0; i < nx_; i++)
      if (x_[i].t == t) {
        x_[i].c = std::max(x_[i].c, v);
        return;
      }
    if (base_ && t < base_->n && base_->exclusive()) {
      base_->c[t] = v;
      return;
    }
    if (nx_ < kExtras) {
      x_[nx_++] = {t, v};
      return;
    }
    flatten(t + 1);
    base_->c[t] = std::max(base_->c[t], v);
  }
  // this := pointwise max(this, o).
  void join(const VectorClock& o) {
    if (&o == this) return;
    Base* ob = o.base_;
    if (ob != base_ && ob) {
      if (Base::precedes(base_, ob)) {
        // Adopt the later base; keep the extras it does not cover.
        Base::ref(ob);
        Base::unref(base_);
        base_ = ob;
        uint32_t k = 0;
        for (uint32_t i = 0; i < nx_; i++)
          if (x_[i].c > ob->get(x_[i].t)) x_[k++] = x_[i];
        nx_ = k;
      } else if (!Base::precedes(ob, base_)) {
        // Different lineages: entry by entry (the result is then known to be >= ob).
        if (base_->exclusive() && ob->n <= base_->cap) {
          if (ob->n > base_->n) base_->n = ob->n;
          clock_detail::maxInto(base_->c, ob->c, ob->n);
        } else {
          uint32_t n = std::max(base_->n, ob->n);
          Base* fresh = Base::make(n, base_, n);
          clock_detail::max2(fresh->c, base_->c, base_->n, ob->c, ob->n, n);
          Base::unref(base_);
          base_ = fresh;
        }
        base_->absorb(ob);
        flattenExtras();
      }
    }
    for (uint32_t i = 0; i < o.nx_; i++) setMax(o.x_[i].t, o.x_[i].c);
  }
  // this, o := pointwise max(this, o) (a release followed by an acquire, in one step).
  void joinBoth(VectorClock& o) {
    join(o);
    o = *this;
  }
  // a, b, this := pointwise max of the three (a hand-off between two goroutines through one
  // sync object, in one step).
  void joinThree(VectorClock& a, VectorClock& b) {
    join(a);
    join(b);
    a = *this;
    b = *this;
  }
  // Whether epoch e happens before (or is) the present of this clock.
  bool covers(uint64_t e) const { return Epoch::clock(e) <= get(Epoch::tid(e)); }
  // One more than the largest slot with a non-zero entry, at most.
  std::size_t size() const {
    std::size_t n = base_ ? base_->n : 0;
    for (uint32_t i = 0; i < nx_; i++) n = std::max<std::size_t>(n, x_[i].t + 1);
    return n;
  }
  void clear() {
    Base::unref(base_);
    base_ = nullptr;
    nx_ = 0;
  }

 private:
  // Folds the extras into a base of at least `n` entries that only this clock holds.
  void flatten(std::size_t atLeast = 0) {
    uint32_t n = static_cast<uint32_t>(std::max(atLeast, size()));
    if (base_ && base_->exclusive() && n <= base_->cap) {
      if (n > base_->n) base_->n = n;  // entries past n are zero
    } else {
      uint32_t have = base_ ? base_->n : 0;
      Base* fresh = Base::make(n, base_, have);
      if (base_) std::memcpy(fresh->c, base_->c, sizeof(Clock) * have);
      Base::unref(base_);
      base_ = fresh;
    }
    flattenExtras();
  }
  // Folds the extras below the base's end into it (the base is exclusive).
  void flattenExtras() {
    uint32_t k = 0;
    for (uint32_t i = 0; i < nx_; i++) {
      if (x_[i].t < base_->n)
        base_->c[x_[i].t] = std::max(base_->c[x_[i].t], x_[i].c);
      else
        x_[k++] = x_[i];
    }
    nx_ = k;
  }

  struct Extra {
    Tid t;
    Clock c;
  };
  Base* base_ = nullptr;
  uint32_t nx_ = 0;
  Extra x_[kExtras];
};

}  // namespace weft::vm::race

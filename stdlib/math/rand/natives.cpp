// The natives of package math/rand: Go's generator over the words of rngSource and
// lockedSource values (see rand.go).
#include <atomic>
#include <thread>

#include "stdlib/math/rand/rng.hpp"
#include "stdlib/native_util.hpp"
#include "stdlib/natives.hpp"

namespace weft::stdlib {
namespace {

// The struct type a method's pointer receiver points to (null if the signature does not say;
// the layouts below are then the documented ones: every field here is one word or an array
// of words).
const types::Type* receiverElem(const NativeCall& call) {
  if (!call.sig || !call.sig->recv) return nullptr;
  const types::Type* recv = call.sig->recv->type;
  return static_cast<const types::Pointer*>(recv->underlying())->elem;
}

int32_t offset(const types::Type* t, int field) {
  return t ? vm::fieldOffset(t, field) : field;
}

// rngSource's words at `base`, a struct of type `t` (fields tap, feed, vec).
rng::State stateAt(Word* base, const types::Type* t) {
  return rng::State{*reinterpret_cast<int64_t*>(base + offset(t, 0)),
                    *reinterpret_cast<int64_t*>(base + offset(t, 1)), base + offset(t, 2)};
}

rng::State sourceState(NativeCall& call) {
  return stateAt(reinterpret_cast<Word*>(call.args[0]), receiverElem(call));
}

// func (rng *rngSource) Seed(seed int64)
NativeResult sourceSeed(NativeCall& call) {
  rng::State s = sourceState(call);
  rng::seed(s, argInt(call, 1));
  return NativeResult::Done;
}

// func (rng *rngSource) Int63() int64
NativeResult sourceInt63(NativeCall& call) {
  rng::State s = sourceState(call);
  call.results[0] = rng::next(s) & ~(uint64_t(1) << 63);
  return NativeResult::Done;
}

// func (rng *rngSource) Uint64() uint64
NativeResult sourceUint64(NativeCall& call) {
  rng::State s = sourceState(call);
  call.results[0] = rng::next(s);
  return NativeResult::Done;
}

// lockedSource{lock uint64; seeded bool; src rngSource}: a spin lock on the lock word makes
// the global generator safe for concurrent goroutines (the critical sections are a few
// instructions long).
class LockedSource {
 public:
  explicit LockedSource(NativeCall& call) {
    const types::Type* t = receiverElem(call);
    base_ = reinterpret_cast<Word*>(call.args[0]);
    lock_ = base_ + offset(t, 0);
    seeded_ = base_ + offset(t, 1);
    srcType_ = t ? static_cast<const types::Struct*>(t->underlying())->fields[2]->type : nullptr;
    src_ = base_ + offset(t, 2);
    std::atomic_ref<Word> lock(*lock_);
    for (int spins = 0;; spins++) {
      Word expected = 0;
      if (lock.compare_exchange_weak(expected, 1, std::memory_order_acquire)) break;
      if (spins > 64) std::this_thread::yield();
    }
  }
  ~LockedSource() { std::atomic_ref<Word>(*lock_).store(0, std::memory_order_release); }

  bool seeded() const { return *seeded_ != 0; }
  void seed(int64_t seed) {
    rng::State s = stateAt(src_, srcType_);
    rng::seed(s, seed);
    *seeded_ = 1;
  }
  uint64_t next(NativeCall& call) {
    if (!seeded()) return call.heap.random();  // Go 1.20+: randomly seeded until Seed
    rng::State s = stateAt(src_, srcType_);
    return rng::next(s);
  }

 private:
  Word* base_;
  Word* lock_;
  Word* seeded_;
  Word* src_;
  const types::Type* srcType_;
};

NativeResult lockedSeed(NativeCall& call) {
  LockedSource src(call);
  src.seed(argInt(call, 1));
  return NativeResult::Done;
}

NativeResult lockedInt63(NativeCall& call) {
  LockedSource src(call);
  call.results[0] = src.next(call) & ~(uint64_t(1) << 63);
  return NativeResult::Done;
}

NativeResult lockedUint64(NativeCall& call) {
  LockedSource src(call);
  call.results[0] = src.next(call);
  return NativeResult::Done;
}

}  // namespace

void registerMathRand(vm::NativeRegistry& r) {
  r.add("math/rand.(*rngSource).Seed", sourceSeed);
  r.add("math/rand.(*rngSource).Int63", sourceInt63);
  r.add("math/rand.(*rngSource).Uint64", sourceUint64);
  r.add("math/rand.(*lockedSource).Seed", lockedSeed);
  r.add("math/rand.(*lockedSource).Int63", lockedInt63);
  r.add("math/rand.(*lockedSource).Uint64", lockedUint64);
}

}  // namespace weft::stdlib

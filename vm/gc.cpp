// Mark-sweep collection, run with the world stopped (see vm/heap.hpp).
//
// Mark: every root word goes through the page map (markWord): a word that points into an
// allocated slot marks that slot, whatever offset it points at (interior pointers to fields and
// elements are ordinary). Objects whose span is `noscan` are only marked; the others are pushed
// on an explicit mark stack and scanned precisely by their header's kind, so the depth of a
// data structure never reaches the native stack.
// Sweep: per span, the allocated bits become the mark bits (unmarked slots are free again);
// native objects among the freed slots are finalized; empty spans return their pages; spans
// with free slots go to their class's central list. Sweeping is eager (part of the pause):
// it is a few bitmap operations per span.
// Pacing: the next goal is twice what survived (Go's GOGC=100), at least the minimum goal.
#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "lang/types.hpp"
#include "vm/heap_state.hpp"
#include "vm/map.hpp"

namespace weft::vm {

using namespace heap_detail;

namespace {

class Marker final : public RootVisitor {
 public:
  Marker(PageHeap& pages, const std::array<NativeKindOps, 256>& ops) : pages_(pages), ops_(ops) {
    stack_.reserve(1024);
  }

  void precise(Word w) override {
#ifndef NDEBUG
    checkReference(w);
#endif
    markWord(w);
  }
  void conservative(const Word* words, std::size_t n) override {
    for (std::size_t i = 0; i < n; ++i) markWord(words[i]);
  }
  void typed(const Word* storage, const types::Type* t) override {
    scanTyped(storage, t, 1);
  }

  void markWord(Word w) {
    Span* s = pages_.spanOf(w);
    if (!s) return;
    uintptr_t off = w - s->base;
    uint32_t idx = 0;
    if (s->sizeClass) {
      idx = static_cast<uint32_t>((static_cast<uint64_t>(off) * s->divMagic) >> 32);
      if (idx >= s->nelems) return;
    }
    uint64_t bit = uint64_t{1} << (idx & 63);
    uint64_t& mw = s->markBits[idx >> 6];
    if (mw & bit) return;
    if (!(s->allocBits[idx >> 6].load(std::memory_order_relaxed) & bit)) return;
    mw |= bit;
    if (s->noscan) return;
    Word* obj = reinterpret_cast<Word*>(s->base + idx * s->elemSize) + 1;
    stack_.push_back(Pending{obj, s->elemSize / sizeof(Word) - 1});
  }

  // Debug builds: a word the roots call a reference (a register its function's map marks, a
  // global, a closure) is null, outside the heap (a constant, a global's storage), or inside an
  // allocated object. A free slot means a map claimed a stale or non-pointer word.
  void checkReference(Word w) {
    Span* s = pages_.spanOf(w);
    if (!s) return;
    uintptr_t off = w - s->base;
    uint32_t idx = 0;
    if (s->sizeClass) {
      idx = static_cast<uint32_t>((static_cast<uint64_t>(off) * s->divMagic) >> 32);
      if (idx >= s->nelems) badReference(w);
    }
    if (!(s->allocBits[idx >> 6].load(std::memory_order_relaxed) & (uint64_t{1} << (idx & 63))))
      badReference(w);
  }
  [[noreturn]] static void badReference(Word w) {
    std::fprintf(stderr, "fatal error: GC root %#llx points into a free heap slot\n",
                 static_cast<unsigned long long>(w));
    std::abort();
  }

  // Objects wait a few steps in a small FIFO after their header is prefetched, so the cache
  // miss on each object overlaps with scanning the ones before it.
  void drain() {
    for (;;) {
      while (ringCount_ < kRing && !stack_.empty()) {
        Pending p = stack_.back();
        stack_.pop_back();
        __builtin_prefetch(p.obj - 1);
        ring_[(ringHead_ + ringCount_++) % kRing] = p;
      }
      if (ringCount_ == 0) return;
      Pending p = ring_[ringHead_];
      ringHead_ = (ringHead_ + 1) % kRing;
      --ringCount_;
      scan(p.obj, p.words);
    }
  }

 private:
  struct Pending {
    Word* obj;
    std::size_t words;  // payload words of the slot (may exceed what was asked for: zeros)
  };

  void scanTyped(const Word* w, const types::Type* t, std::size_t count) {
    std::size_t slots = static_cast<std::size_t>(slotsOf(t));
    if (slots == 0) return;
    const std::vector<bool>& pm = ptrmapOf(t);
    for (std::size_t e = 0; e < count; ++e, w += slots)
      for (std::size_t i = 0; i < slots; ++i)
        if (pm[i]) markWord(w[i]);
  }

  void scan(Word* obj, std::size_t words) {
    Word h = obj[-1];
    switch (headerKind(h)) {
      case ObjKind::Storage: {
        std::size_t slots = headerSmall(h);
        uint64_t mask = headerAux(h);
        if (!mask || !slots) return;
        if (slots == 1) {
          for (std::size_t i = 0; i < words; ++i) markWord(obj[i]);
          return;
        }
        std::size_t n = words / slots;
        for (std::size_t e = 0; e < n; ++e) {
          const Word* w = obj + e * slots;
          for (uint64_t m = mask; m; m &= m - 1) markWord(w[__builtin_ctzll(m)]);
        }
        return;
      }
      case ObjKind::TypedStorage: {
        const auto* t = headerPtr<types::Type>(h);
        std::size_t slots = static_cast<std::size_t>(slotsOf(t));
        if (slots) scanTyped(obj, t, words / slots);
        return;
      }
      case ObjKind::String:
        return;
      case ObjKind::Slice:
        markWord(obj[0]);
        return;
      case ObjKind::Box: {
        const auto* t = reinterpret_cast<const types::Type*>(obj[0]);
        if (t && static_cast<std::size_t>(slotsOf(t)) < words) scanTyped(obj + 1, t, 1);
        return;
      }
      case ObjKind::Closure: {
        auto* c = reinterpret_cast<Closure*>(obj);
        std::size_t n = c->ncaptures;
        std::size_t room = words - offsetof(Closure, captures) / sizeof(Word);
        if (n > room) n = room;
        for (std::size_t i = 0; i < n; ++i) markWord(reinterpret_cast<Word>(c->captures[i]));
        return;
      }
      case ObjKind::Map:
        reinterpret_cast<MapObject*>(obj)->trace(*this);
        return;
      case ObjKind::MapTable: {
        const auto* mt = headerPtr<types::Map>(h);
        std::size_t ks = static_cast<std::size_t>(slotsOf(mt->key));
        std::size_t es = static_cast<std::size_t>(slotsOf(mt->elem));
        const std::vector<bool>& kpm = ptrmapOf(mt->key);
        const std::vector<bool>& epm = ptrmapOf(mt->elem);
        std::size_t ew = 1 + ks + es;
        std::size_t n = words / ew;
        for (std::size_t e = 0; e < n; ++e) {
          const Word* w = obj + e * ew;
          if (w[0] == 0) continue;  // an empty or deleted entry
          for (std::size_t i = 0; i < ks; ++i)
            if (kpm[i]) markWord(w[1 + i]);
          for (std::size_t i = 0; i < es; ++i)
            if (epm[i]) markWord(w[1 + ks + i]);
        }
        return;
      }
      case ObjKind::MapIterator:
        reinterpret_cast<MapIterator*>(obj)->trace(*this);
        return;
      case ObjKind::Chan:
      case ObjKind::Timer:
      case ObjKind::Native:
        if (auto trace = ops_[static_cast<uint8_t>(headerKind(h))].trace) trace(obj, *this);
        return;
      case ObjKind::Invalid:
        return;
    }
  }

  static constexpr unsigned kRing = 16;
  PageHeap& pages_;
  const std::array<NativeKindOps, 256>& ops_;
  std::vector<Pending> stack_;
  Pending ring_[kRing];
  unsigned ringHead_ = 0, ringCount_ = 0;
};

}  // namespace

void Heap::State::flushCaches() {
  std::lock_guard<std::mutex> lock(cachesMu);
  for (auto& c : caches) {
    for (Span*& s : c->current) {
      if (s) s->cached = false;
      s = nullptr;
    }
    uint64_t a = c->allocated.load(std::memory_order_relaxed);
    report(a - c->reported.load(std::memory_order_relaxed));
    c->reported.store(a, std::memory_order_relaxed);
  }
  std::erase_if(caches, [](auto& c) { return c->threadGone.load(std::memory_order_acquire); });
}

void Heap::collect(const std::function<void(RootVisitor&)>& roots) {
  State& st = *state_;
  auto start = std::chrono::steady_clock::now();
  st.flushCaches();
  uint64_t gcNumber = st.collections.load(std::memory_order_relaxed) + 1;

  // Mark.
  Marker marker(st.pages, st.nativeOps);
  {
    std::lock_guard<std::mutex> lock(st.pinMu);
    for (auto& [obj, n] : st.pins) marker.markWord(reinterpret_cast<Word>(obj));
  }
  if (roots) roots(marker);
  marker.drain();

  // Sweep.
  for (Central& c : st.central) {
    std::lock_guard<std::mutex> lock(c.mu);
    c.partial.clear();
  }
  std::vector<Span*>& spans = st.pages.spans();
  std::vector<Span*> kept;
  kept.reserve(spans.size());
  uint64_t live = 0;
  auto finalize = [&](Span* s, uint32_t i) {
    Word* obj = reinterpret_cast<Word*>(s->base + i * s->elemSize) + 1;
    if (auto fin = st.nativeOps[static_cast<uint8_t>(headerKind(obj[-1]))].finalize) fin(obj);
  };
  for (Span* s : spans) {
    uint32_t nwords = (s->nelems + 63) / 64;
    uint32_t liveN = 0;
    bool freed = false;
    for (uint32_t w = 0; w < nwords; ++w) {
      uint64_t m = s->markBits[w];
      uint64_t dead = s->allocBits[w].load(std::memory_order_relaxed) & ~m;
      if (dead) {
        freed = true;
        for (uint64_t d = dead; d; d &= d - 1) {
          uint32_t i = w * 64 + static_cast<uint32_t>(__builtin_ctzll(d));
          if (s->hasFinalizers) finalize(s, i);
          WEFT_HEAP_POISON(reinterpret_cast<void*>(s->base + i * s->elemSize), s->elemSize);
        }
      }
      s->allocBits[w].store(m, std::memory_order_relaxed);
      s->markBits[w] = 0;
      liveN += static_cast<uint32_t>(__builtin_popcountll(m));
    }
    if (liveN == 0) {
      st.pages.freeSpan(s, gcNumber);
      continue;
    }
    if (freed) s->needzero = true;
    s->allocCount = liveN;
    s->resetCursor();
    s->allIndex = kept.size();
    kept.push_back(s);
    live += static_cast<uint64_t>(liveN) * s->elemSize;
    if (s->sizeClass && liveN < s->nelems) st.central[s->spanClass()].partial.push_back(s);
  }
  spans.swap(kept);
  st.pages.scavenge(gcNumber);

  // Pace the next cycle.
  st.liveAfterGc.store(live, std::memory_order_relaxed);
  st.sinceGc.store(0, std::memory_order_relaxed);
  uint64_t minGoal = st.minGoal.load(std::memory_order_relaxed);
  st.goal.store(std::max<uint64_t>(2 * live, minGoal), std::memory_order_relaxed);
  st.wanted.store(false, std::memory_order_relaxed);
  uint64_t lim = st.limit.load(std::memory_order_relaxed);
  st.over.store(lim && live > lim, std::memory_order_relaxed);
  st.collections.store(gcNumber, std::memory_order_relaxed);
  auto ns = static_cast<uint64_t>(
      std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - start)
          .count());
  st.lastPause.store(ns, std::memory_order_relaxed);
  st.totalPause.fetch_add(ns, std::memory_order_relaxed);
}

}  // namespace weft::vm

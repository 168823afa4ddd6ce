// Allocation: thread caches, spans, large objects, accounting (see vm/heap_state.hpp for the
// invariants and lock order). Marking and sweeping are in vm/gc.cpp.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>

#include "lang/types.hpp"
#include "vm/heap_state.hpp"

namespace weft::vm {

using namespace heap_detail;

namespace {

std::atomic<uint64_t> nextHeapId{1};

// The last (heap, cache) pair this thread used: trivially constructible, so reading it costs no
// TLS initialisation check.
struct LastCache {
  uint64_t heapId;
  ThreadCache* cache;
};
thread_local LastCache tlsLast;

// Keeps this thread's caches alive and tells their heaps when the thread exits.
struct ThreadCaches {
  std::vector<std::pair<uint64_t, std::shared_ptr<ThreadCache>>> entries;
  ~ThreadCaches() {
    for (auto& e : entries) e.second->threadGone.store(true, std::memory_order_release);
    tlsLast = LastCache{0, nullptr};
  }
};
thread_local ThreadCaches tlsCaches;

// Go's runtime ends the program the same way (fatal errors exit with status 2).
[[noreturn]] void outOfMemory() {
  std::fprintf(stderr, "fatal error: runtime: out of memory\n");
  std::fflush(stderr);
  std::_Exit(2);
}

uint64_t splitmix(uint64_t x) {
  x += 0x9E3779B97F4A7C15ull;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}

// Zeroes a slot; constant sizes for the small classes become a few inline stores.
inline void zeroSlot(void* p, std::size_t bytes) {
  switch (bytes) {
    case 16:
      std::memset(p, 0, 16);
      return;
    case 24:
      std::memset(p, 0, 24);
      return;
    case 32:
      std::memset(p, 0, 32);
      return;
    case 48:
      std::memset(p, 0, 48);
      return;
    case 64:
      std::memset(p, 0, 64);
      return;
    default:
      std::memset(p, 0, bytes);
  }
}

bool hasPointers(const types::Type* t) {
  const std::vector<bool>& pm = ptrmapOf(t);
  return std::find(pm.begin(), pm.end(), true) != pm.end();
}

}  // namespace

// ---- thread caches ----------------------------------------------------------------------------

inline ThreadCache* Heap::State::cache() {
  if (tlsLast.heapId == id) return tlsLast.cache;
  return cacheSlow();
}

ThreadCache* Heap::State::cacheSlow() {
  auto& entries = tlsCaches.entries;
  std::erase_if(entries,
                [](auto& e) { return e.second->heapGone.load(std::memory_order_acquire); });
  for (auto& e : entries) {
    if (e.first == id) {
      tlsLast = LastCache{id, e.second.get()};
      return e.second.get();
    }
  }
  auto c = std::make_shared<ThreadCache>();
  {
    std::lock_guard<std::mutex> lock(cachesMu);
    caches.push_back(c);
  }
  entries.emplace_back(id, c);
  tlsLast = LastCache{id, c.get()};
  return c.get();
}

void Heap::State::report(uint64_t bytes) {
  if (bytes == 0) return;
  uint64_t since = sinceGc.fetch_add(bytes, std::memory_order_relaxed) + bytes;
  totalReported.fetch_add(bytes, std::memory_order_relaxed);
  uint64_t live = liveAfterGc.load(std::memory_order_relaxed) + since;
  if (live >= goal.load(std::memory_order_relaxed) && !wanted.load(std::memory_order_relaxed))
    wanted.store(true, std::memory_order_relaxed);
  uint64_t lim = limit.load(std::memory_order_relaxed);
  if (lim && live > lim) {
    // Past the limit: ask for a collection too, which tells whether the heap really is over.
    over.store(true, std::memory_order_relaxed);
    wanted.store(true, std::memory_order_relaxed);
  }
  uint64_t p = peak.load(std::memory_order_relaxed);
  while (live > p && !peak.compare_exchange_weak(p, live, std::memory_order_relaxed)) {
  }
}

Span* Heap::State::refill(ThreadCache* c, unsigned spanClass) {
  if (Span* old = c->current[spanClass]) old->cached = false;  // full: the next sweep files it
  c->current[spanClass] = nullptr;
  uint64_t a = c->allocated.load(std::memory_order_relaxed);
  report(a - c->reported.load(std::memory_order_relaxed));
  c->reported.store(a, std::memory_order_relaxed);

  Span* s = nullptr;
  {
    Central& cen = central[spanClass];
    std::lock_guard<std::mutex> lock(cen.mu);
    if (!cen.partial.empty()) {
      s = cen.partial.back();
      cen.partial.pop_back();
    }
  }
  if (!s) {
    int cls = static_cast<int>(spanClass >> 1);
    s = pages.allocSpan(kClasses[cls].npages, cls, spanClass & 1);
    if (!s) outOfMemory();
  }
  s->cached = true;
  c->current[spanClass] = s;
  return s;
}

Word* Heap::State::allocLarge(std::size_t bytes, bool scan) {
  std::size_t npages = (bytes + kPageSize - 1) / kPageSize;
  if (npages > (std::size_t{1} << (kAddressBits - kPageShift - 1))) outOfMemory();
  Span* s = pages.allocSpan(npages, 0, !scan);
  if (!s) outOfMemory();
  if (s->needzero) std::memset(reinterpret_cast<void*>(s->base), 0, s->elemSize);
  s->allocBits[0].store(1, std::memory_order_relaxed);
  s->allocCount = 1;
  report(s->elemSize);
  return reinterpret_cast<Word*>(s->base);
}

// ---- Heap
// -----------------------------------------------------------------------------------------

Heap::Heap() : state_(std::make_unique<State>()) {
  state_->id = nextHeapId.fetch_add(1, std::memory_order_relaxed);
  state_->goal.store(state_->minGoal.load());
  std::random_device rd;
  state_->rng.store((uint64_t{rd()} << 32) ^ rd() ^ state_->id);
}

Heap::~Heap() {
  State& st = *state_;
  {
    std::lock_guard<std::mutex> lock(st.cachesMu);
    for (auto& c : st.caches) c->heapGone.store(true, std::memory_order_release);
  }
  // Native objects still alive release their C++ resources.
  for (Span* s : st.pages.spans()) {
    if (!s->hasFinalizers) continue;
    for (uint32_t i = 0; i < s->nelems; ++i) {
      if (!s->allocated(i)) continue;
      Word* obj = reinterpret_cast<Word*>(s->base + i * s->elemSize) + 1;
      if (auto fin = st.nativeOps[static_cast<uint8_t>(headerKind(obj[-1]))].finalize) fin(obj);
    }
  }
}

// The allocation fast path, shared by every alloc function: a slot from the thread cache's
// current span for the class.
inline void* Heap::State::alloc(ThreadCache* c, ObjKind kind, std::size_t bytes, uint8_t small,
                                uint64_t aux, bool scan) {
  std::size_t total = bytes + kHeaderBytes;
  if (total < 2 * kHeaderBytes) total = 2 * kHeaderBytes;
  Word* slot;
  bool native = kind >= ObjKind::Chan;
  if (total <= kMaxSmallSize && bytes < total) [[likely]] {
    unsigned sc = static_cast<unsigned>(sizeToClass(total)) << 1 | (scan ? 0 : 1);
    Span* s = c->current[sc];
    int32_t i;
    if (!s || (i = s->takeFree()) < 0) {
      s = refill(c, sc);
      i = s->takeFree();
    }
    slot = reinterpret_cast<Word*>(s->base + static_cast<std::size_t>(i) * s->elemSize);
    WEFT_HEAP_UNPOISON(slot, s->elemSize);
    if (s->needzero) zeroSlot(slot, s->elemSize);
    if (native) s->hasFinalizers = true;
    c->count(s->elemSize);
  } else {
    if (bytes >= (std::size_t{1} << 46)) outOfMemory();
    slot = allocLarge(total, scan);
    if (native) pages.spanOf(reinterpret_cast<uintptr_t>(slot))->hasFinalizers = true;
  }
  slot[0] = makeHeader(kind, small, aux);
  if (allocObserver) [[unlikely]]
    allocObserver(allocObserverCtx, slot + 1, bytes);
  return slot + 1;
}

void* Heap::allocObject(ObjKind kind, std::size_t bytes, uint8_t small, uint64_t aux, bool scan) {
  State& st = *state_;
  return st.alloc(st.cache(), kind, bytes, small, aux, scan);
}

static void describeStorage(StorageInfo& e, const types::Type* elem) {
  e.type = elem;
  e.slots = static_cast<uint32_t>(slotsOf(elem));
  e.kind = ObjKind::Storage;
  if (e.slots == 0 || !hasPointers(elem)) {
    e.small = 1;
    e.aux = 0;
    e.scan = false;
  } else if (e.slots <= kMaxMaskSlots) {
    const std::vector<bool>& pm = ptrmapOf(elem);
    uint64_t mask = 0;
    for (std::size_t i = 0; i < e.slots; ++i)
      if (pm[i]) mask |= uint64_t{1} << i;
    e.small = static_cast<uint8_t>(e.slots);
    e.aux = mask;
    e.scan = true;
  } else {
    uint64_t tp = reinterpret_cast<uintptr_t>(elem);
    if (tp >> kAddressBits) outOfMemory();
    e.kind = ObjKind::TypedStorage;
    e.small = 0;
    e.aux = tp;
    e.scan = true;
  }
}

Word* Heap::allocStorage(const types::Type* elem, std::size_t count) {
  State& st = *state_;
  ThreadCache* c = st.cache();
  StorageInfo& e = c->storageInfo[(reinterpret_cast<uintptr_t>(elem) >> 4) % kStorageInfoEntries];
  if (e.type != elem) [[unlikely]]
    describeStorage(e, elem);
  if (e.slots && count > (std::size_t{1} << 43) / e.slots) outOfMemory();
  std::size_t bytes = e.slots * count * sizeof(Word);
  return static_cast<Word*>(st.alloc(c, e.kind, bytes, e.small, e.aux, e.scan));
}

Word* Heap::allocScalarWords(std::size_t n) {
  if (n > (std::size_t{1} << 43)) outOfMemory();
  return static_cast<Word*>(allocObject(ObjKind::Storage, n * sizeof(Word), 1, 0, false));
}

String* Heap::allocString(std::size_t len) {
  if (len == 0) return nullptr;
  if (len >= (std::size_t{1} << 46)) outOfMemory();
  auto* s = static_cast<String*>(
      allocObject(ObjKind::String, offsetof(String, bytes) + len + 1, 0, 0, false));
  s->len = static_cast<int64_t>(len);
  return s;
}

String* Heap::newString(std::string_view v) {
  String* s = allocString(v.size());
  if (s) std::memcpy(s->bytes, v.data(), v.size());
  return s;
}

SliceHeader* Heap::newSlice(Word* data, int64_t len, int64_t cap) {
  auto* h = static_cast<SliceHeader*>(allocObject(ObjKind::Slice, sizeof(SliceHeader), 0, 0, true));
  h->data = data;
  h->len = len;
  h->cap = cap;
  return h;
}

Box* Heap::allocBox(const types::Type* t) {
  std::size_t slots = static_cast<std::size_t>(slotsOf(t));
  auto* b = static_cast<Box*>(
      allocObject(ObjKind::Box, (1 + slots) * sizeof(Word), 0, 0, slots && hasPointers(t)));
  b->type = t;
  return b;
}

Closure* Heap::allocClosure(const FuncProto* proto, uint32_t ncaptures) {
  auto* c = static_cast<Closure*>(allocObject(
      ObjKind::Closure, offsetof(Closure, captures) + ncaptures * sizeof(Word*), 0, 0, ncaptures));
  c->proto = proto;
  c->ncaptures = ncaptures;
  return c;
}

void* Heap::allocNative(ObjKind kind, std::size_t bytes) {
  return allocObject(kind, bytes, 0, 0, true);
}

void Heap::setAllocObserver(void (*fn)(void* ctx, void* obj, std::size_t bytes), void* ctx) {
  state_->allocObserverCtx = ctx;
  state_->allocObserver = fn;
}

void Heap::setNativeKindOps(ObjKind kind, NativeKindOps ops) {
  state_->nativeOps[static_cast<uint8_t>(kind)] = ops;
}

ObjKind Heap::kindOf(const void* obj) {
  return headerKind(headerOf(obj));
}

void* Heap::findObject(const void* p) const {
  uintptr_t a = reinterpret_cast<uintptr_t>(p);
  Span* s = state_->pages.spanOf(a);
  if (!s) return nullptr;
  uintptr_t off = a - s->base;
  uint32_t idx = 0;
  if (s->sizeClass) {
    idx = static_cast<uint32_t>((static_cast<uint64_t>(off) * s->divMagic) >> 32);
    if (idx >= s->nelems) return nullptr;
  }
  if (!s->allocated(idx)) return nullptr;
  return reinterpret_cast<Word*>(s->base + idx * s->elemSize) + 1;
}

bool Heap::collectionWanted() const {
  return state_->wanted.load(std::memory_order_relaxed);
}

HeapStats Heap::stats() const {
  State& st = *state_;
  uint64_t pending = 0;
  {
    std::lock_guard<std::mutex> lock(st.cachesMu);
    for (auto& c : st.caches)
      pending += c->allocated.load(std::memory_order_relaxed) -
                 c->reported.load(std::memory_order_relaxed);
  }
  HeapStats s;
  s.liveAfterLastGC = st.liveAfterGc.load(std::memory_order_relaxed);
  s.liveBytes = s.liveAfterLastGC + st.sinceGc.load(std::memory_order_relaxed) + pending;
  s.allocatedBytes = st.totalReported.load(std::memory_order_relaxed) + pending;
  s.collections = st.collections.load(std::memory_order_relaxed);
  s.peakBytes = std::max<std::size_t>(st.peak.load(std::memory_order_relaxed), s.liveBytes);
  s.goalBytes = st.goal.load(std::memory_order_relaxed);
  s.mappedBytes = st.pages.mappedBytes();
  s.lastPauseNanos = st.lastPause.load(std::memory_order_relaxed);
  s.totalPauseNanos = st.totalPause.load(std::memory_order_relaxed);
  return s;
}

void Heap::setLimit(std::size_t maxBytes) {
  State& st = *state_;
  st.limit.store(maxBytes, std::memory_order_relaxed);
  HeapStats s = stats();
  st.over.store(maxBytes && s.liveBytes > maxBytes, std::memory_order_relaxed);
}

bool Heap::overLimit() const {
  return state_->over.load(std::memory_order_relaxed);
}

void Heap::setMinimumGoal(std::size_t bytes) {
  State& st = *state_;
  st.minGoal.store(bytes, std::memory_order_relaxed);
  uint64_t live = st.liveAfterGc.load(std::memory_order_relaxed);
  st.goal.store(std::max<uint64_t>(bytes, 2 * live), std::memory_order_relaxed);
}

void Heap::pin(const void* obj) {
  std::lock_guard<std::mutex> lock(state_->pinMu);
  ++state_->pins[obj];
}

void Heap::unpin(const void* obj) {
  std::lock_guard<std::mutex> lock(state_->pinMu);
  auto it = state_->pins.find(obj);
  if (it != state_->pins.end() && --it->second == 0) state_->pins.erase(it);
}

std::string Heap::verify() const {
  State& st = *state_;
  if (std::string why = st.pages.verify(); !why.empty()) return why;
  for (Span* s : st.pages.spans()) {
    uint32_t n = 0;
    for (uint32_t w = 0; w < kBitmapWords; ++w) {
      if (s->markBits[w]) return "mark bits left set";
      n += static_cast<uint32_t>(__builtin_popcountll(s->allocBits[w].load()));
    }
    if (!s->cached && n != s->allocCount) return "allocation count out of step";
  }
  return "";
}

uint64_t Heap::random() {
  return splitmix(state_->rng.fetch_add(0x9E3779B97F4A7C15ull, std::memory_order_relaxed));
}

}  // namespace weft::vm

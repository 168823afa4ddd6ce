// Size classes, the page allocator and the page map (see vm/heap_pages.hpp).
#include "vm/heap_pages.hpp"

#include <sys/mman.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace weft::vm::heap_detail {

namespace {

// Go's size classes (runtime/sizeclasses.go): slot bytes and pages per span. Class 1 (8 bytes)
// is never used: every slot holds a header word and at least one payload word.
constexpr uint16_t kClassSize[kNumClasses] = {
    0,     8,     16,    24,    32,    48,    64,    80,    96,    112,   128,   144,  160,   176,
    192,   208,   224,   240,   256,   288,   320,   352,   384,   416,   448,   480,  512,   576,
    640,   704,   768,   896,   1024,  1152,  1280,  1408,  1536,  1792,  2048,  2304, 2688,  3072,
    3200,  3456,  4096,  4864,  5376,  6144,  6528,  6784,  6912,  8192,  9472,  9728, 10240, 10880,
    12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768};
constexpr uint8_t kClassPages[kNumClasses] = {0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,  1, 1,
                                              1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,  1, 1,
                                              1, 2, 1, 2, 1, 2, 1, 3, 2, 3, 1, 3, 2, 3, 4,  5, 6,
                                              1, 7, 6, 5, 4, 3, 5, 7, 2, 9, 7, 5, 8, 3, 10, 7, 4};
}  // namespace
const uint8_t kSizeToClass8[129] = {
    0,  1,  2,  3,  4,  5,  5,  6,  6,  7,  7,  8,  8,  9,  9,  10, 10, 11, 11, 12, 12, 13,
    13, 14, 14, 15, 15, 16, 16, 17, 17, 18, 18, 19, 19, 19, 19, 20, 20, 20, 20, 21, 21, 21,
    21, 22, 22, 22, 22, 23, 23, 23, 23, 24, 24, 24, 24, 25, 25, 25, 25, 26, 26, 26, 26, 27,
    27, 27, 27, 27, 27, 27, 27, 28, 28, 28, 28, 28, 28, 28, 28, 29, 29, 29, 29, 29, 29, 29,
    29, 30, 30, 30, 30, 30, 30, 30, 30, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31,
    31, 31, 31, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32};
const uint8_t kSizeToClass128[249] = {
    32, 33, 34, 35, 36, 37, 37, 38, 38, 39, 39, 40, 40, 40, 41, 41, 41, 42, 43, 43, 44, 44, 44,
    44, 44, 45, 45, 45, 45, 45, 45, 46, 46, 46, 46, 47, 47, 47, 47, 47, 47, 48, 48, 48, 49, 49,
    50, 51, 51, 51, 51, 51, 51, 51, 51, 51, 51, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 53, 53,
    54, 54, 54, 54, 55, 55, 55, 55, 55, 56, 56, 56, 56, 56, 56, 56, 56, 56, 56, 56, 57, 57, 57,
    57, 57, 57, 57, 57, 57, 57, 58, 58, 58, 58, 58, 58, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 61,
    61, 61, 61, 61, 62, 62, 62, 62, 62, 62, 62, 62, 62, 62, 62, 63, 63, 63, 63, 63, 63, 63, 63,
    63, 63, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64,
    64, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 66,
    66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67,
    67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67};
namespace {

constexpr std::array<SizeClass, kNumClasses> buildClasses() {
  std::array<SizeClass, kNumClasses> t{};
  for (int c = 1; c < kNumClasses; ++c) {
    uint32_t size = kClassSize[c];
    uint32_t npages = kClassPages[c];
    t[c] = SizeClass{size, npages, static_cast<uint32_t>(npages * kPageSize / size),
                     static_cast<uint32_t>(~uint32_t{0} / size + 1)};
  }
  return t;
}

}  // namespace

const std::array<SizeClass, kNumClasses> kClasses = buildClasses();

// ---- spans
// ----------------------------------------------------------------------------------------

void Span::resetCursor() {
  cacheWord = 0;
  loadCacheWord();
}

// ---- page heap
// --------------------------------------------------------------------------------------

[[noreturn]] static void heapFatal(const char* msg) {
  std::fprintf(stderr, "fatal error: %s\n", msg);
  std::abort();
}

PageHeap::PageHeap() {
  std::size_t bytes = kArenaMapSize * sizeof(std::atomic<ArenaPages*>);
  void* p = mmap(nullptr, bytes, PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) heapFatal("runtime: cannot reserve the page map");
  arenas_ = static_cast<std::atomic<ArenaPages*>*>(p);
}

PageHeap::~PageHeap() {
  // Unpoisoned first: the address range may be mapped again (a thread stack, a large malloc)
  // and must not keep ASan's marks of freed heap slots.
  for (auto& [p, n] : regions_) {
    WEFT_HEAP_UNPOISON(p, n);
    munmap(p, n);
  }
  for (ArenaPages* a : arenaList_) delete a;
  munmap(arenas_, kArenaMapSize * sizeof(std::atomic<ArenaPages*>));
}

void PageHeap::setPage(uintptr_t page, uintptr_t value) {
  ArenaPages* a = arenas_[page >> kArenaShift].load(std::memory_order_relaxed);
  a->pages[(page >> kPageShift) & (kPagesPerArena - 1)].store(value, std::memory_order_release);
}

uintptr_t PageHeap::getPage(uintptr_t page) const {
  if (page >> kAddressBits) return 0;
  ArenaPages* a = arenas_[page >> kArenaShift].load(std::memory_order_relaxed);
  if (!a) return 0;
  return a->pages[(page >> kPageShift) & (kPagesPerArena - 1)].load(std::memory_order_relaxed);
}

FreeRun* PageHeap::runAt(uintptr_t page) const {
  uintptr_t e = getPage(page);
  return (e & 1) ? reinterpret_cast<FreeRun*>(e & ~uintptr_t{1}) : nullptr;
}

void PageHeap::markRunEnds(FreeRun* r) {
  uintptr_t tag = reinterpret_cast<uintptr_t>(r) | 1;
  setPage(r->base, tag);
  setPage(r->base + (r->npages - 1) * kPageSize, tag);
}

void PageHeap::insertRun(FreeRun* r) {
  int b = r->npages < kBuckets - 1 ? static_cast<int>(r->npages) : kBuckets - 1;
  r->bucket = b;
  r->prev = nullptr;
  r->next = buckets_[b];
  if (r->next) r->next->prev = r;
  buckets_[b] = r;
  markRunEnds(r);
}

void PageHeap::removeRun(FreeRun* r) {
  if (r->prev)
    r->prev->next = r->next;
  else
    buckets_[r->bucket] = r->next;
  if (r->next) r->next->prev = r->prev;
  r->prev = r->next = nullptr;
  r->bucket = -1;
}

FreeRun* PageHeap::newRun() {
  if (!runPool_.empty()) {
    FreeRun* r = runPool_.back();
    runPool_.pop_back();
    *r = FreeRun{};
    return r;
  }
  allRuns_.push_back(std::make_unique<FreeRun>());
  return allRuns_.back().get();
}

Span* PageHeap::newSpanStruct() {
  Span* s;
  if (!spanPool_.empty()) {
    s = spanPool_.back();
    spanPool_.pop_back();
  } else {
    allSpans_.push_back(std::make_unique<Span>());
    s = allSpans_.back().get();
  }
  s->base = 0;
  s->npages = 0;
  s->elemSize = 0;
  s->nelems = 0;
  s->divMagic = 0;
  s->sizeClass = 0;
  s->noscan = s->needzero = s->hasFinalizers = s->cached = false;
  s->allocCount = 0;
  s->cacheWord = 0;
  s->allocCache = 0;
  for (int i = 0; i < kBitmapWords; ++i) {
    s->allocBits[i].store(0, std::memory_order_relaxed);
    s->markBits[i] = 0;
  }
  return s;
}

// Frees `r`'s neighbours into it and files it (mu_ held or world stopped).
static void mergeInto(FreeRun* r, FreeRun* other, bool before) {
  if (before) r->base = other->base;
  r->npages += other->npages;
  r->zeroed = r->zeroed && other->zeroed;
  if (other->freedAt > r->freedAt) r->freedAt = other->freedAt;
}

bool PageHeap::grow(std::size_t npages) {
  std::size_t bytes = (npages * kPageSize + kArenaSize - 1) & ~(kArenaSize - 1);
  int prot = PROT_READ | PROT_WRITE;
  int flags = MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE;
  void* p = mmap(reinterpret_cast<void*>(lastEnd_), bytes, prot, flags, -1, 0);
  if (p == MAP_FAILED) return false;
  uintptr_t base = reinterpret_cast<uintptr_t>(p);
  if (base & (kArenaSize - 1)) {
    munmap(p, bytes);
    p = mmap(nullptr, bytes + kArenaSize, prot, flags, -1, 0);
    if (p == MAP_FAILED) return false;
    uintptr_t raw = reinterpret_cast<uintptr_t>(p);
    base = (raw + kArenaSize - 1) & ~(kArenaSize - 1);
    if (base > raw) munmap(p, base - raw);
    uintptr_t end = base + bytes, rawEnd = raw + bytes + kArenaSize;
    if (rawEnd > end) munmap(reinterpret_cast<void*>(end), rawEnd - end);
  }
  if ((base + bytes) >> kAddressBits) {
    munmap(reinterpret_cast<void*>(base), bytes);
    return false;
  }
  regions_.emplace_back(reinterpret_cast<void*>(base), bytes);
  lastEnd_ = base + bytes;
  mapped_.fetch_add(bytes, std::memory_order_relaxed);
  for (uintptr_t a = base; a < base + bytes; a += kArenaSize) {
    auto* pages = new ArenaPages();
    arenaList_.push_back(pages);
    arenas_[a >> kArenaShift].store(pages, std::memory_order_release);
  }
  FreeRun* r = newRun();
  r->base = base;
  r->npages = bytes / kPageSize;
  r->zeroed = true;
  // Coalesce with a neighbouring reservation that happens to be adjacent.
  if (FreeRun* left = runAt(base - kPageSize)) {
    removeRun(left);
    mergeInto(r, left, true);
    runPool_.push_back(left);
  }
  if (FreeRun* right = runAt(base + bytes)) {
    removeRun(right);
    mergeInto(r, right, false);
    runPool_.push_back(right);
  }
  insertRun(r);
  return true;
}

FreeRun* PageHeap::findRun(std::size_t npages) {
  for (std::size_t b = npages; b < kBuckets - 1; ++b)
    if (buckets_[b]) return buckets_[b];
  FreeRun* best = nullptr;
  for (FreeRun* r = buckets_[kBuckets - 1]; r; r = r->next)
    if (r->npages >= npages && (!best || r->npages < best->npages)) best = r;
  return best;
}

Span* PageHeap::allocSpan(std::size_t npages, int sizeClass, bool noscan) {
  std::lock_guard<std::mutex> lock(mu_);
  FreeRun* r = findRun(npages);
  if (!r) {
    if (!grow(npages)) return nullptr;
    r = findRun(npages);
    if (!r) return nullptr;
  }
  removeRun(r);
  uintptr_t base = r->base;
  bool zeroed = r->zeroed;
  if (r->npages > npages) {
    r->base += npages * kPageSize;
    r->npages -= npages;
    insertRun(r);
  } else {
    runPool_.push_back(r);
  }
  Span* s = newSpanStruct();
  s->base = base;
  s->npages = npages;
  s->sizeClass = static_cast<uint8_t>(sizeClass);
  s->noscan = noscan;
  s->needzero = !zeroed;
  if (sizeClass) {
    const SizeClass& c = kClasses[sizeClass];
    s->elemSize = c.size;
    s->nelems = c.nelems;
    s->divMagic = c.divMagic;
  } else {
    s->elemSize = npages * kPageSize;
    s->nelems = 1;
  }
  s->resetCursor();
  s->allIndex = spans_.size();
  spans_.push_back(s);
  WEFT_HEAP_UNPOISON(reinterpret_cast<void*>(base), npages * kPageSize);
  uintptr_t tag = reinterpret_cast<uintptr_t>(s);
  for (std::size_t i = 0; i < npages; ++i) setPage(base + i * kPageSize, tag);
  return s;
}

void PageHeap::freeSpan(Span* s, uint64_t gcCount) {
  std::lock_guard<std::mutex> lock(mu_);
  for (std::size_t i = 0; i < s->npages; ++i) setPage(s->base + i * kPageSize, 0);
  WEFT_HEAP_POISON(reinterpret_cast<void*>(s->base), s->npages * kPageSize);
  FreeRun* r = newRun();
  r->base = s->base;
  r->npages = s->npages;
  r->zeroed = false;
  r->freedAt = gcCount;
  spanPool_.push_back(s);
  if (FreeRun* left = runAt(r->base - kPageSize)) {
    removeRun(left);
    setPage(left->base + (left->npages - 1) * kPageSize, 0);
    mergeInto(r, left, true);
    runPool_.push_back(left);
  }
  if (FreeRun* right = runAt(r->base + r->npages * kPageSize)) {
    removeRun(right);
    setPage(right->base, 0);
    mergeInto(r, right, false);
    runPool_.push_back(right);
  }
  insertRun(r);
}

void PageHeap::scavenge(uint64_t before) {
  std::lock_guard<std::mutex> lock(mu_);
  for (FreeRun* head : buckets_) {
    for (FreeRun* r = head; r; r = r->next) {
      if (r->zeroed || r->freedAt >= before) continue;
      madvise(reinterpret_cast<void*>(r->base), r->npages * kPageSize, MADV_DONTNEED);
      r->zeroed = true;
    }
  }
}

std::string PageHeap::verify() {
  std::lock_guard<std::mutex> lock(mu_);
  std::vector<std::pair<uintptr_t, std::size_t>> ranges;
  for (Span* s : spans_) {
    for (std::size_t i = 0; i < s->npages; ++i)
      if (getPage(s->base + i * kPageSize) != reinterpret_cast<uintptr_t>(s))
        return "span page not mapped to its span";
    ranges.emplace_back(s->base, s->npages);
  }
  for (int b = 0; b < kBuckets; ++b) {
    for (FreeRun* r = buckets_[b]; r; r = r->next) {
      if (r->bucket != b) return "free run in the wrong bucket";
      if (b < kBuckets - 1 && r->npages != static_cast<std::size_t>(b)) return "bucket size";
      if (runAt(r->base) != r || runAt(r->base + (r->npages - 1) * kPageSize) != r)
        return "free run ends not mapped";
      for (std::size_t i = 1; i + 1 < r->npages; ++i)
        if (getPage(r->base + i * kPageSize) != 0) return "free run interior page mapped";
      ranges.emplace_back(r->base, r->npages);
    }
  }
  std::sort(ranges.begin(), ranges.end());
  std::size_t pages = 0;
  for (std::size_t i = 0; i < ranges.size(); ++i) {
    pages += ranges[i].second;
    if (i && ranges[i - 1].first + ranges[i - 1].second * kPageSize > ranges[i].first)
      return "overlapping page ranges";
  }
  if (pages * kPageSize != mappedBytes()) return "pages lost";
  return "";
}

}  // namespace weft::vm::heap_detail

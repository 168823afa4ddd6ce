// The heap's memory layer: size classes, spans, arenas, the page map and the page allocator.
// Private to vm/heap*.cpp, vm/gc.cpp and vm/map.cpp (which needs the object header).
//
// Memory comes from the OS in arenas (64 MiB reservations, address-aligned). An arena is cut
// into 8 KiB pages; a span is a run of pages that is either
//   - a small-object span: one size class, `nelems` slots of `elemSize` bytes, with a bitmap of
//     allocated slots and a bitmap of marked slots, or
//   - a large-object span: exactly one object.
// Free page runs (FreeRun) sit between spans and coalesce with their neighbours.
//
// Every object slot starts with a one-word header (see makeHeader); the pointer handed out is
// the word after it. The page map sends each page of an arena to the span that holds it (or to
// the free run, tagged with bit 0, at a run's first and last page; null elsewhere), so any
// interior pointer leads to its object: page map -> span -> slot index (by multiplication with
// a per-class magic number instead of a division) -> allocated bit.
//
// Threading (see also vm/heap.cpp):
// - PageHeap is guarded by its own mutex; the page map is written under it and read without
//   it (atomic entries), so findObject may run while other threads allocate.
// - A small span is "owned" by at most one thread cache at a time (`cached`); only the owner
//   touches its allocation cursor; its allocated bits are atomics because findObject may read
//   them concurrently.
// - Mark bits, span lists and sweeping are touched only with the world stopped (collect()).
// - Span structs are never freed while the heap lives (recycled through a pool only with the
//   world stopped), and FreeRun structs are only ever FreeRuns, so a concurrent page-map reader
//   never follows a dangling pointer.
#pragma once

#include <array>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "vm/heap.hpp"

// Under AddressSanitizer, free slots and free pages are poisoned, so VM code that keeps using an
// object the collector freed (a missing root) is reported at the faulting access.
#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
#define WEFT_HEAP_POISON(p, n) ASAN_POISON_MEMORY_REGION((p), (n))
#define WEFT_HEAP_UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
#else
#define WEFT_HEAP_POISON(p, n) ((void)(p), (void)(n))
#define WEFT_HEAP_UNPOISON(p, n) ((void)(p), (void)(n))
#endif

namespace weft::vm::heap_detail {

constexpr std::size_t kPageShift = 13;
constexpr std::size_t kPageSize = std::size_t{1} << kPageShift;  // 8 KiB
constexpr std::size_t kArenaShift = 26;
constexpr std::size_t kArenaSize = std::size_t{1} << kArenaShift;  // 64 MiB
constexpr std::size_t kPagesPerArena = kArenaSize / kPageSize;
constexpr std::size_t kAddressBits = 48;
constexpr std::size_t kArenaMapSize = std::size_t{1} << (kAddressBits - kArenaShift);
constexpr std::size_t kMaxSmallSize = 32768;  // slot size, header included
constexpr int kNumClasses = 68;               // Go's table; class 0 = large, class 1 unused
constexpr int kMaxElems = 512;                // 8 KiB / 16 bytes
constexpr int kBitmapWords = kMaxElems / 64;
constexpr std::size_t kHeaderBytes = sizeof(Word);

struct SizeClass {
  uint32_t size;      // slot bytes, header included
  uint32_t npages;    // pages per span
  uint32_t nelems;    // slots per span
  uint32_t divMagic;  // offset / size == (offset * divMagic) >> 32 for offsets in a span
};
extern const std::array<SizeClass, kNumClasses> kClasses;
extern const uint8_t kSizeToClass8[129];    // by (bytes + 7) / 8, for bytes <= 1024
extern const uint8_t kSizeToClass128[249];  // by (bytes - 1024 + 127) / 128
// The class whose slots hold `bytes` (header included); 16 <= bytes <= kMaxSmallSize.
inline int sizeToClass(std::size_t bytes) {
  return bytes <= 1024 ? kSizeToClass8[(bytes + 7) >> 3]
                       : kSizeToClass128[(bytes - 1024 + 127) >> 7];
}

// ---- object header ------------------------------------------------------------------------------
// bits 0-7: ObjKind; bits 8-15: `small` (Storage: element slots); bits 16-63: `aux`
// (Storage: element pointer mask; TypedStorage: the element Type; MapTable: the types::Map).
constexpr int kMaxMaskSlots = 48;
inline Word makeHeader(ObjKind k, uint8_t small, uint64_t aux) {
  return static_cast<Word>(k) | (static_cast<Word>(small) << 8) | (aux << 16);
}
inline Word headerOf(const void* obj) {
  return static_cast<const Word*>(obj)[-1];
}
inline ObjKind headerKind(Word h) {
  return static_cast<ObjKind>(h & 0xFF);
}
inline uint32_t headerSmall(Word h) {
  return static_cast<uint32_t>((h >> 8) & 0xFF);
}
inline uint64_t headerAux(Word h) {
  return h >> 16;
}
template <class T>
inline const T* headerPtr(Word h) {
  return reinterpret_cast<const T*>(static_cast<uintptr_t>(h >> 16));
}

// ---- spans
// ----------------------------------------------------------------------------------------
struct Span {
  uintptr_t base = 0;  // address of the first slot
  std::size_t npages = 0;
  std::size_t elemSize = 0;  // slot bytes (large: the whole span)
  uint32_t nelems = 0;
  uint32_t divMagic = 0;
  uint8_t sizeClass = 0;  // 0: large
  bool noscan = false;    // no object here holds heap references
  bool needzero = false;  // slots may hold old data: zero on allocation
  bool hasFinalizers = false;
  bool cached = false;  // owned by a thread cache
  uint32_t allocCount = 0;
  // Allocation cursor (owner thread): candidates are the set bits of allocCache, which mirrors
  // the free slots of bitmap word cacheWord.
  uint32_t cacheWord = 0;
  uint64_t allocCache = 0;
  std::atomic<uint64_t> allocBits[kBitmapWords];
  uint64_t markBits[kBitmapWords];
  std::size_t allIndex = 0;  // position in PageHeap::spans

  uint8_t spanClass() const { return static_cast<uint8_t>(sizeClass << 1 | (noscan ? 1 : 0)); }
  std::size_t bytes() const { return npages * kPageSize; }
  bool allocated(uint32_t i) const {
    return (allocBits[i >> 6].load(std::memory_order_relaxed) >> (i & 63)) & 1;
  }
  // Resets the cursor from the allocated bits (after a sweep or on acquisition).
  void resetCursor();
  // The index of a free slot, marked allocated; -1 when the span is full. Owner thread only.
  int32_t takeFree() {
    while (allocCache == 0) {
      if ((cacheWord + 1) * 64 >= nelems) return -1;
      ++cacheWord;
      loadCacheWord();
    }
    unsigned bit = static_cast<unsigned>(__builtin_ctzll(allocCache));
    allocCache &= allocCache - 1;
    uint64_t old = allocBits[cacheWord].load(std::memory_order_relaxed);
    allocBits[cacheWord].store(old | (uint64_t{1} << bit), std::memory_order_relaxed);
    ++allocCount;
    return static_cast<int32_t>(cacheWord * 64 + bit);
  }
  void loadCacheWord() {
    uint64_t free = ~allocBits[cacheWord].load(std::memory_order_relaxed);
    uint32_t first = cacheWord * 64;
    if (nelems - first < 64) free &= (uint64_t{1} << (nelems - first)) - 1;
    allocCache = free;
  }
};

// A run of free pages. Its first and last page map entries point to it (tagged with bit 0).
struct FreeRun {
  uintptr_t base = 0;
  std::size_t npages = 0;
  bool zeroed = false;   // every byte is zero (fresh from the OS or returned to it)
  uint64_t freedAt = 0;  // collection count when the run was freed (for returning memory)
  FreeRun* prev = nullptr;
  FreeRun* next = nullptr;
  int bucket = -1;
};

// One 64 MiB arena's page map.
struct ArenaPages {
  std::atomic<uintptr_t> pages[kPagesPerArena];
};

// The page allocator and the page map. One per Heap.
class PageHeap {
 public:
  PageHeap();
  ~PageHeap();
  PageHeap(const PageHeap&) = delete;
  PageHeap& operator=(const PageHeap&) = delete;

  // A new in-use span of `npages` pages for size class `sizeClass` (0: one large object).
  // Thread-safe. Returns null when the OS refuses memory.
  Span* allocSpan(std::size_t npages, int sizeClass, bool noscan);
  // Returns a span's pages (world stopped; the caller removes it from spans()).
  void freeSpan(Span* s, uint64_t gcCount);
  // Gives back to the OS free runs that stayed unused since collection `before` (world
  // stopped).
  void scavenge(uint64_t before);

  // Checks the page map against the span and free-run lists (tests; world stopped). Returns
  // an empty string or a description of the first problem found.
  std::string verify();

  // The span owning the page of `p`, or null (no lock; see the file comment).
  Span* spanOf(uintptr_t p) const {
    if (p >> kAddressBits) return nullptr;
    ArenaPages* a = arenas_[p >> kArenaShift].load(std::memory_order_acquire);
    if (!a) return nullptr;
    uintptr_t e =
        a->pages[(p >> kPageShift) & (kPagesPerArena - 1)].load(std::memory_order_acquire);
    if (e & 1) return nullptr;
    return reinterpret_cast<Span*>(e);
  }

  // Every in-use span (world stopped, or under mu()).
  std::vector<Span*>& spans() { return spans_; }
  std::mutex& mu() { return mu_; }
  std::size_t mappedBytes() const { return mapped_.load(std::memory_order_relaxed); }

 private:
  static constexpr int kBuckets = 128;  // runs of n < 127 pages in bucket n; bigger in 127
  void setPage(uintptr_t page, uintptr_t value);
  uintptr_t getPage(uintptr_t page) const;
  FreeRun* runAt(uintptr_t page) const;
  void insertRun(FreeRun* r);
  void removeRun(FreeRun* r);
  void markRunEnds(FreeRun* r);
  FreeRun* newRun();
  Span* newSpanStruct();
  bool grow(std::size_t npages);
  FreeRun* findRun(std::size_t npages);

  std::mutex mu_;
  std::atomic<ArenaPages*>* arenas_;  // kArenaMapSize entries, lazily committed by the OS
  FreeRun* buckets_[kBuckets] = {};
  std::vector<FreeRun*> runPool_;
  std::vector<Span*> spanPool_;
  std::vector<Span*> spans_;
  std::vector<std::pair<void*, std::size_t>> regions_;  // reservations, for the destructor
  std::vector<ArenaPages*> arenaList_;
  std::vector<std::unique_ptr<FreeRun>> allRuns_;
  std::vector<std::unique_ptr<Span>> allSpans_;
  uintptr_t lastEnd_ = 0;  // end of the last reservation (hint for contiguous growth)
  std::atomic<std::size_t> mapped_{0};
};

}  // namespace weft::vm::heap_detail

// Heap::State: the heap's shared state, thread caches and accounting. Private to vm/heap.cpp
// and vm/gc.cpp.
//
// Allocation (any thread, any time, never collects):
//   thread cache -> its current span for the span class (size class x scan/noscan) -> a free slot.
//   When the span is full the cache takes a partially free span from the class's central list
//   (filled by the last sweep) or a fresh span from the PageHeap. Objects over 32 KiB get a
//   span of their own straight from the PageHeap.
// Thread caches: one per (thread, heap), found through a thread_local one-entry cache keyed by
//   the heap's process-unique id (ids are never reused, so a stale entry never matches). The
//   heap keeps every cache in `caches`; a thread_local owner list keeps them alive and flags
//   `threadGone` when its thread exits, so the next collection drops the cache.
// Accounting: each cache counts its bytes in `allocated` (monotonic, written only by its thread,
//   relaxed atomic so stats() can read it) and reports the increase to `sinceGc` whenever it
//   refills; the refill is where collectionWanted/overLimit/peak are decided. stats() adds the
//   unreported remainders.
// collect(): the world is stopped (the VM's stop-the-world handshake orders every worker's
//   earlier writes before it), so it reads and resets every cache and span without locks.
//
// Lock order: central[c].mu and PageHeap::mu are never held together; cachesMu and pinMu are
// leaves.
#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <vector>

#include "vm/heap.hpp"
#include "vm/heap_pages.hpp"

namespace weft::vm {

namespace heap_detail {

constexpr int kNumSpanClasses = kNumClasses * 2;  // (sizeClass << 1) | noscan

// What allocStorage needs to know about an element type, cached per thread (a direct-mapped
// table keyed by the Type's address) so the fast path skips slotsOf/ptrmapOf.
struct StorageInfo {
  const types::Type* type = nullptr;
  uint32_t slots = 0;
  ObjKind kind = ObjKind::Storage;
  uint8_t small = 0;  // header `small`
  bool scan = false;
  uint64_t aux = 0;  // header `aux`
};
constexpr std::size_t kStorageInfoEntries = 64;

struct ThreadCache {
  Span* current[kNumSpanClasses] = {};
  StorageInfo storageInfo[kStorageInfoEntries];
  std::atomic<uint64_t> allocated{0};  // bytes, monotonic; written by the owner thread only
  std::atomic<uint64_t> reported{0};   // part of `allocated` already added to State::sinceGc
  std::atomic<bool> threadGone{false};
  std::atomic<bool> heapGone{false};

  void count(std::size_t bytes) {
    allocated.store(allocated.load(std::memory_order_relaxed) + bytes, std::memory_order_relaxed);
  }
};

struct Central {
  std::mutex mu;
  std::vector<Span*> partial;  // swept spans with free slots, not cached by anyone
};

}  // namespace heap_detail

struct Heap::State {
  uint64_t id = 0;
  heap_detail::PageHeap pages;
  heap_detail::Central central[heap_detail::kNumSpanClasses];

  std::mutex cachesMu;
  std::vector<std::shared_ptr<heap_detail::ThreadCache>> caches;

  // Accounting (see the file comment).
  std::atomic<uint64_t> sinceGc{0};        // reported bytes allocated since the last collect
  std::atomic<uint64_t> totalReported{0};  // reported bytes ever allocated
  std::atomic<uint64_t> liveAfterGc{0};
  std::atomic<uint64_t> goal{0};
  std::atomic<uint64_t> minGoal{4u << 20};
  std::atomic<uint64_t> peak{0};
  std::atomic<uint64_t> limit{0};
  std::atomic<bool> wanted{false};
  std::atomic<bool> over{false};
  std::atomic<uint64_t> collections{0};
  std::atomic<uint64_t> lastPause{0};
  std::atomic<uint64_t> totalPause{0};

  std::array<NativeKindOps, 256> nativeOps{};

  std::mutex pinMu;
  std::unordered_map<const void*, std::size_t> pins;

  std::atomic<uint64_t> rng{0};

  // Heap::setAllocObserver (the race detector); set before any goroutine runs.
  void (*allocObserver)(void* ctx, void* obj, std::size_t bytes) = nullptr;
  void* allocObserverCtx = nullptr;

  heap_detail::ThreadCache* cache();
  void* alloc(heap_detail::ThreadCache* c, ObjKind kind, std::size_t bytes, uint8_t small,
              uint64_t aux, bool scan);
  heap_detail::ThreadCache* cacheSlow();
  heap_detail::Span* refill(heap_detail::ThreadCache* c, unsigned spanClass);
  Word* allocLarge(std::size_t bytes, bool scan);
  void report(uint64_t bytes);
  void flushCaches();
};

}  // namespace weft::vm

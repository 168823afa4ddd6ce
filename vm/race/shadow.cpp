#include "vm/race/shadow.hpp"

#include <sys/mman.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace weft::vm::race {

namespace {

void* reserve(std::size_t bytes) {
  void* p = mmap(nullptr, bytes, PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) {
    std::fputs("fatal error: race: cannot map shadow memory\n", stderr);
    std::_Exit(2);
  }
  return p;
}

}  // namespace

Shadow::Shadow() : locks_(std::make_unique<PaddedLock[]>(kLocks)) {
  top_ = static_cast<std::atomic<Cell*>*>(reserve(kRegions * sizeof(std::atomic<Cell*>)));
}

Shadow::~Shadow() {
  for (uintptr_t i = 0; i < kRegions; i++)
    if (Cell* c = top_[i].load(std::memory_order_relaxed)) munmap(c, kCellBytes);
  munmap(top_, kRegions * sizeof(std::atomic<Cell*>));
}

Cell* Shadow::mapRegion(uintptr_t region) {
  auto* fresh = static_cast<Cell*>(reserve(kCellBytes));  // zero pages: all cells empty
  Cell* expected = nullptr;
  if (top_[region].compare_exchange_strong(expected, fresh, std::memory_order_acq_rel))
    return fresh;
  munmap(fresh, kCellBytes);
  return expected;
}

void Shadow::clear(const void* addr, std::size_t bytes) {
  uintptr_t a = reinterpret_cast<uintptr_t>(addr) & ~uintptr_t{7};
  uintptr_t end = reinterpret_cast<uintptr_t>(addr) + bytes;
  while (a < end) {
    uintptr_t region = a >> kRegionBits;
    if (region >= kRegions) return;
    uintptr_t regionEnd = (region + 1) << kRegionBits;
    uintptr_t stop = end < regionEnd ? end : regionEnd;
    if (Cell* base = top_[region].load(std::memory_order_acquire)) {
      auto* from = reinterpret_cast<char*>(base + ((a & (kRegionBytes - 1)) >> 3));
      auto* to = reinterpret_cast<char*>(base + (((stop - 1) & (kRegionBytes - 1)) >> 3) + 1);
      constexpr uintptr_t kPage = 4096;
      auto pageUp = [&](char* p) {
        return reinterpret_cast<char*>((reinterpret_cast<uintptr_t>(p) + kPage - 1) & ~(kPage - 1));
      };
      auto pageDown = [&](char* p) {
        return reinterpret_cast<char*>(reinterpret_cast<uintptr_t>(p) & ~(kPage - 1));
      };
      char* lo = pageUp(from);
      char* hi = pageDown(to);
      if (hi - lo >= static_cast<std::ptrdiff_t>(16 * kPage)) {
        // Big objects: give the shadow pages back (they read as zero afterwards).
        std::memset(from, 0, lo - from);
        madvise(lo, hi - lo, MADV_DONTNEED);
        std::memset(hi, 0, to - hi);
      } else {
        // Small objects: only cells that hold something are written (reading an untouched
        // shadow page maps the shared zero page; writing would commit it).
        for (auto* c = reinterpret_cast<Cell*>(from); c < reinterpret_cast<Cell*>(to); c++)
          if (c->w.load(std::memory_order_relaxed) | c->r.load(std::memory_order_relaxed)) {
            c->w.store(0, std::memory_order_relaxed);
            c->r.store(0, std::memory_order_relaxed);
          }
      }
    }
    a = stop;
  }
}

}  // namespace weft::vm::race

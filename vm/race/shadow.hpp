// Shadow memory of the race detector: one Cell per 8-byte word of VM memory that race-mode code
// touched (heap objects and the package-variable array).
//
// Layout: the 47-bit address space is cut into 16 MiB regions; a top table (one pointer per
// region, reserved lazily by the OS) points at each region's cell array, mapped with
// MAP_NORESERVE on first use, so only pages of cells that are really touched cost memory
// (24 bytes of shadow per 8-byte word touched).
//
// Invariants and locking:
// - A region's cell array, once installed (CAS from null), stays until the Shadow dies.
// - A Cell's fields are written only under its shard lock (Shadow::lockFor), so the FastTrack
//   state of one word moves atomically from one state to the next. Readers outside the lock (the
//   same-epoch fast paths) load `w` / `r` relaxed: a stale value only sends them to the slow path.
// - clear() runs when the heap hands out memory (the object is not yet visible to any other
//   goroutine), so it needs no lock.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>

#include "vm/waiter.hpp"

namespace weft::vm::race {

struct Cell {
  std::atomic<uint64_t> w{0};  // epoch of the last write, or 0
  // epoch of the last read (exclusive), or kShared | index of a ReadSet (concurrent readers)
  std::atomic<uint64_t> r{0};
  uint32_t wsite = 0;  // stack of the last write (race/stacks.hpp)
  uint32_t rsite = 0;  // stack of the last exclusive read
};
static_assert(sizeof(Cell) == 24);

constexpr uint64_t kShared = uint64_t{1} << 63;

class Shadow {
 public:
  Shadow();
  ~Shadow();
  Shadow(const Shadow&) = delete;
  Shadow& operator=(const Shadow&) = delete;

  // The cell of the word containing `addr` (null for addresses outside the 47-bit space).
  Cell* cell(const void* addr) {
    uintptr_t a = reinterpret_cast<uintptr_t>(addr);
    uintptr_t region = a >> kRegionBits;
    if (region >= kRegions) return nullptr;
    Cell* base = top_[region].load(std::memory_order_acquire);
    if (!base) base = mapRegion(region);
    return base + ((a & (kRegionBytes - 1)) >> 3);
  }
  // Forgets every access to [addr, addr + bytes) (memory handed out again by the allocator).
  void clear(const void* addr, std::size_t bytes);

  SpinLock& lockFor(const void* addr) {
    return locks_[(reinterpret_cast<uintptr_t>(addr) >> 3) & (kLocks - 1)].lock;
  }

 private:
  static constexpr int kRegionBits = 24;
  static constexpr uintptr_t kRegionBytes = uintptr_t{1} << kRegionBits;
  static constexpr uintptr_t kRegions = uintptr_t{1} << (47 - kRegionBits);
  static constexpr std::size_t kCellBytes = (kRegionBytes >> 3) * sizeof(Cell);
  static constexpr std::size_t kLocks = 4096;
  struct alignas(64) PaddedLock {
    SpinLock lock;
  };

  Cell* mapRegion(uintptr_t region);

  std::atomic<Cell*>* top_ = nullptr;  // kRegions entries (mmap'd)
  std::unique_ptr<PaddedLock[]> locks_;
};

}  // namespace weft::vm::race

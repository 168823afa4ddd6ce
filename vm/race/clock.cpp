// Vector-clock kernels of the race detector (see race/clock.hpp): the entry-by-entry joins,
// compiled for AVX2 too where the machine has it (unsigned max of eight 32-bit entries at once).
#include "vm/race/clock.hpp"

#include <cstdlib>
#include <new>

namespace weft::vm::race::clock_detail {

namespace {
using V8 = Clock __attribute__((vector_size(32)));
}

// target_clones makes an ifunc whose resolver runs while the dynamic loader relocates the
// program, before a sanitizer's runtime is up: under TSan/ASan instrumentation it crashes at
// start-up. Sanitizer builds get the portable version only.
#if defined(__SANITIZE_THREAD__) || defined(__SANITIZE_ADDRESS__)
#define WEFT_AVX2_CLONES
#else
#define WEFT_AVX2_CLONES __attribute__((target_clones("avx2", "default")))
#endif

WEFT_AVX2_CLONES void maxInto(Clock* a, const Clock* b, std::size_t n) {
  std::size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    V8 x, y;
    __builtin_memcpy(&x, a + i, sizeof x);
    __builtin_memcpy(&y, b + i, sizeof y);
    x = x > y ? x : y;
    __builtin_memcpy(a + i, &x, sizeof x);
  }
  for (; i < n; i++) a[i] = a[i] > b[i] ? a[i] : b[i];
}

WEFT_AVX2_CLONES void max2(Clock* out, const Clock* a, std::size_t na, const Clock* b,
                           std::size_t nb, std::size_t n) {
  std::size_t m = na < nb ? na : nb;
  std::size_t i = 0;
  for (; i + 8 <= m; i += 8) {
    V8 x, y;
    __builtin_memcpy(&x, a + i, sizeof x);
    __builtin_memcpy(&y, b + i, sizeof y);
    x = x > y ? x : y;
    __builtin_memcpy(out + i, &x, sizeof x);
  }
  for (; i < m; i++) out[i] = a[i] > b[i] ? a[i] : b[i];
  for (; i < na && i < n; i++) out[i] = a[i];
  for (; i < nb && i < n; i++) out[i] = b[i];
  for (; i < n; i++) out[i] = 0;
}

}  // namespace weft::vm::race::clock_detail

namespace weft::vm::race::clock_detail {

Lineage newLineage() {
  // Process-wide so that ids stay unique whichever runtime's detector made them; each thread
  // takes a block of 4096 at a time (the shared counter is touched rarely).
  static std::atomic<uint64_t> next{1};
  thread_local uint64_t have = 0, end = 0;
  if (have == end) {
    have = next.fetch_add(4096, std::memory_order_relaxed);
    end = have + 4096;
  }
  return have++;
}

}  // namespace weft::vm::race::clock_detail

namespace weft::vm::race::clock_detail {

namespace {

// Freed bases by size (cap = 8 << class), kept for the next allocation of this thread: a
// hand-off makes one base and frees an older one, so the memory stays warm in the cache.
struct BaseCache {
  static constexpr int kClasses = 26;
  static constexpr std::size_t kKeep = 16;
  void* free[kClasses][kKeep];
  std::size_t count[kClasses] = {};
  ~BaseCache() {
    for (int c = 0; c < kClasses; c++)
      for (std::size_t i = 0; i < count[c]; i++) std::free(free[c][i]);
  }
};
thread_local BaseCache cache;

int classOf(uint32_t cap) {
  return __builtin_ctz(cap) - 3;
}
std::size_t bytesOf(uint32_t cap) {
  return offsetof(ClockBase, c) + sizeof(Clock) * cap;
}

}  // namespace

void* allocBase(uint32_t cap) {
  int c = classOf(cap);
  if (c < BaseCache::kClasses && cache.count[c] > 0) return cache.free[c][--cache.count[c]];
  void* p = std::malloc(bytesOf(cap));
  if (!p) throw std::bad_alloc();
  return p;
}

void freeBase(void* p, uint32_t cap) {
  int c = classOf(cap);
  if (c < BaseCache::kClasses && cache.count[c] < BaseCache::kKeep) {
    cache.free[c][cache.count[c]++] = p;
    return;
  }
  std::free(p);
}

}  // namespace weft::vm::race::clock_detail

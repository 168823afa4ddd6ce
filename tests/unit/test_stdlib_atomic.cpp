// sync/atomic's word operations (stdlib/sync/atomic/word_ops.hpp) from several threads at once:
// no lost update, 32-bit values wrap and stay in their canonical extension.
#include <doctest.h>

#include <set>
#include <thread>
#include <vector>

#include "stdlib/sync/atomic/word_ops.hpp"

using namespace weft;
namespace aw = weft::stdlib::atomicword;
using vm::Word;

namespace {

template <class F>
void onThreads(int n, F f) {
  std::vector<std::thread> ts;
  for (int i = 0; i < n; i++) ts.emplace_back(f, i);
  for (auto& t : ts) t.join();
}

}  // namespace

TEST_CASE("atomic: 32-bit words keep Go's representation") {
  Word w = 0;
  CHECK(aw::add<int32_t>(&w, -1) == -1);
  CHECK(w == ~Word(0));  // sign-extended
  aw::store<int32_t>(&w, INT32_MAX);
  CHECK(aw::add<int32_t>(&w, 1) == INT32_MIN);
  CHECK(w == static_cast<Word>(int64_t(INT32_MIN)));
  Word u = 0;
  CHECK(aw::add<uint32_t>(&u, ~uint32_t(0)) == UINT32_MAX);
  CHECK(u == 0xffffffffu);  // zero-extended
  CHECK(aw::add<uint32_t>(&u, 2) == 1);
  CHECK(u == 1);
  CHECK(aw::compareAndSwap<int32_t>(&w, INT32_MIN, -5));
  CHECK_FALSE(aw::compareAndSwap<int32_t>(&w, INT32_MIN, 7));
  CHECK(aw::swap<int32_t>(&w, 3) == -5);
  CHECK(aw::load<int32_t>(&w) == 3);
}

TEST_CASE("atomic: concurrent adds lose nothing") {
  constexpr int kThreads = 8, kAdds = 20000;
  Word i32 = 0, u32 = 0, i64 = 0;
  onThreads(kThreads, [&](int id) {
    for (int k = 0; k < kAdds; k++) {
      aw::add<int32_t>(&i32, (id & 1) ? -3 : 1);  // ends at 4 * (1 - 3) * kAdds
      aw::add<uint32_t>(&u32, 0x10000);           // wraps many times
      aw::add<int64_t>(&i64, int64_t(1) << 33);
    }
  });
  CHECK(aw::load<int32_t>(&i32) == 4 * (1 - 3) * kAdds);
  CHECK(i32 == static_cast<Word>(int64_t(4 * (1 - 3) * kAdds)));
  CHECK(aw::load<uint32_t>(&u32) == uint32_t(uint64_t(kThreads) * kAdds * 0x10000));
  CHECK((u32 >> 32) == 0);
  CHECK(aw::load<int64_t>(&i64) == int64_t(kThreads) * kAdds * (int64_t(1) << 33));
}

TEST_CASE("atomic: compare-and-swap counter and swap hand-off") {
  constexpr int kThreads = 6, kIncs = 10000;
  Word counter = 0;
  onThreads(kThreads, [&](int) {
    for (int k = 0; k < kIncs; k++) {
      for (;;) {
        uint32_t cur = aw::load<uint32_t>(&counter);
        if (aw::compareAndSwap<uint32_t>(&counter, cur, cur + 1)) break;
      }
    }
  });
  CHECK(aw::load<uint32_t>(&counter) == kThreads * kIncs);

  // Every value swapped in is swapped out exactly once (or is the last one left).
  Word slot = 0;
  std::vector<std::vector<int64_t>> seen(kThreads);
  onThreads(kThreads, [&](int id) {
    for (int k = 1; k <= kIncs; k++)
      seen[id].push_back(aw::swap<int64_t>(&slot, int64_t(id) * kIncs + k));
  });
  std::multiset<int64_t> all;
  for (auto& v : seen) all.insert(v.begin(), v.end());
  all.insert(aw::load<int64_t>(&slot));
  CHECK(all.size() == std::size_t(kThreads) * kIncs + 1);
  CHECK(all.count(0) == 1);
  for (int id = 0; id < kThreads; id++)
    for (int k = 1; k <= kIncs; k++) REQUIRE(all.count(int64_t(id) * kIncs + k) == 1);
}

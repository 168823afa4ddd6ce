// LocalRunQueue (Go's lock-free runq) and GlobalRunQueue on their own.
#include <doctest.h>

#include <atomic>
#include <thread>
#include <vector>

#include "tests/unit/sched_toys.hpp"
#include "vm/run_queue.hpp"

using namespace weft::vm;

namespace {

struct Item : Schedulable {
  int id = 0;
};

std::vector<Item> makeItems(int n) {
  std::vector<Item> v(n);
  for (int k = 0; k < n; k++) v[k].id = k;
  return v;
}

int idOf(Schedulable* s) {
  return static_cast<Item*>(s)->id;
}

}  // namespace

TEST_CASE("LocalRunQueue: FIFO, capacity 256, popHalf") {
  auto items = makeItems(300);
  LocalRunQueue q;
  CHECK(q.empty());
  CHECK(q.pop() == nullptr);
  for (int k = 0; k < 256; k++) REQUIRE(q.push(&items[k]));
  CHECK(q.size() == 256);
  CHECK_FALSE(q.push(&items[256]));  // full
  Schedulable* half[LocalRunQueue::kCapacity / 2];
  CHECK(q.popHalf(half) == 128);
  for (int k = 0; k < 128; k++) CHECK(idOf(half[k]) == k);  // the older half
  CHECK(q.size() == 128);
  for (int k = 128; k < 256; k++) CHECK(idOf(q.pop()) == k);
  CHECK(q.pop() == nullptr);
  // Wrap-around of the ring indices.
  for (int round = 0; round < 10; round++) {
    for (int k = 0; k < 200; k++) REQUIRE(q.push(&items[k]));
    for (int k = 0; k < 200; k++) REQUIRE(idOf(q.pop()) == k);
  }
}

TEST_CASE("LocalRunQueue: stealHalfInto moves half (rounded up) and returns one") {
  auto items = makeItems(10);
  LocalRunQueue victim, thief;
  CHECK(victim.stealHalfInto(thief) == nullptr);
  for (int k = 0; k < 5; k++) victim.push(&items[k]);
  Schedulable* got = victim.stealHalfInto(thief);
  REQUIRE(got != nullptr);
  // 3 stolen: items 0,1,2; the last one is returned, 0 and 1 are in the thief's ring.
  CHECK(idOf(got) == 2);
  CHECK(thief.size() == 2);
  CHECK(idOf(thief.pop()) == 0);
  CHECK(idOf(thief.pop()) == 1);
  CHECK(victim.size() == 2);
  CHECK(idOf(victim.pop()) == 3);
  // A single entry is stolen whole.
  auto one = victim.stealHalfInto(thief);
  REQUIRE(one != nullptr);
  CHECK(idOf(one) == 4);
  CHECK(thief.empty());
  CHECK(victim.empty());
}

// The owner pushes and pops while thieves steal; every item must come out exactly once.
TEST_CASE("LocalRunQueue: concurrent owner and thieves hand out every item exactly once") {
  const int n = 200000 / toys::kTsanDivisor;
  auto items = makeItems(n);
  std::vector<std::atomic<int>> seen(n);
  LocalRunQueue owner;
  constexpr int kThieves = 2;
  LocalRunQueue thiefQueues[kThieves];
  std::atomic<bool> done{false};
  std::atomic<int64_t> taken{0};
  auto take = [&](Schedulable* s) {
    seen[idOf(s)].fetch_add(1, std::memory_order_relaxed);
    taken.fetch_add(1, std::memory_order_relaxed);
  };
  std::vector<std::thread> thieves;
  for (int k = 0; k < kThieves; k++) {
    thieves.emplace_back([&, k] {
      LocalRunQueue& mine = thiefQueues[k];
      while (!done.load(std::memory_order_acquire)) {
        if (Schedulable* s = owner.stealHalfInto(mine)) {
          take(s);
          while (Schedulable* r = mine.pop()) take(r);
        }
      }
    });
  }
  int next = 0;
  Schedulable* spill[LocalRunQueue::kCapacity / 2];
  while (next < n) {
    for (int k = 0; k < 7 && next < n; k++) {
      if (!owner.push(&items[next])) {
        uint32_t m = owner.popHalf(spill);
        for (uint32_t j = 0; j < m; j++) take(spill[j]);
        continue;
      }
      next++;
    }
    if (Schedulable* s = owner.pop()) take(s);
  }
  while (Schedulable* s = owner.pop()) take(s);
  while (taken.load() < n) std::this_thread::yield();
  done.store(true, std::memory_order_release);
  for (auto& t : thieves) t.join();
  CHECK(taken.load() == n);
  int bad = 0;
  for (int k = 0; k < n; k++) bad += seen[k].load() != 1;
  CHECK(bad == 0);
}

TEST_CASE("GlobalRunQueue: FIFO, batches, size") {
  auto items = makeItems(10);
  GlobalRunQueue q;
  CHECK(q.size() == 0);
  Schedulable* out[10];
  CHECK(q.popBatch(out, 10) == 0);
  q.push(&items[0]);
  Schedulable* batch[] = {&items[1], &items[2], &items[3]};
  q.pushBatch(batch, 3);
  q.push(&items[4]);
  CHECK(q.size() == 5);
  REQUIRE(q.popBatch(out, 2) == 2);
  CHECK(idOf(out[0]) == 0);
  CHECK(idOf(out[1]) == 1);
  REQUIRE(q.popBatch(out, 10) == 3);
  CHECK(idOf(out[0]) == 2);
  CHECK(idOf(out[2]) == 4);
  CHECK(q.size() == 0);
  q.push(&items[5]);  // reusable after emptying
  REQUIRE(q.popBatch(out, 1) == 1);
  CHECK(idOf(out[0]) == 5);
}

// Concurrent use of one map: legal concurrent reads always work; racy writes are detected (as
// Go's "fatal error: concurrent map writes") and refused, and the map is never corrupted.
//
// Under ThreadSanitizer these tests are clean: the misuse is detected by one atomic guard word
// and a refused operation touches nothing else, so no unsynchronised access ever happens.
#include <doctest.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "heap_test_types.hpp"
#include "vm/map.hpp"

using namespace weft;
using vm::MapStatus;
using vm::Word;
using weft::testing::TypeZoo;

namespace {
using Clock = std::chrono::steady_clock;
}

TEST_CASE("map concurrency: readers never disturb each other") {
  TypeZoo z;
  vm::Heap heap;
  vm::MapObject* m = heap.newMap(z.map(z.intT, z.intT));
  for (Word k = 0; k < 10000; ++k) {
    Word v = k * 2;
    REQUIRE(m->store(&k, &v).ok());
  }
  std::atomic<int> failures{0};
  std::vector<std::thread> ts;
  for (int t = 0; t < 4; ++t) {
    ts.emplace_back([&, t] {
      for (int round = 0; round < 20; ++round) {
        for (Word k = 0; k < 10000; ++k) {
          Word out = 0;
          vm::MapResult r = m->lookup(&k, &out);
          if (!r.ok() || !r.found || out != k * 2) failures.fetch_add(1);
        }
        if (t == 0) {  // a concurrent iteration is also just reading
          vm::MapIterator* it = vm::newMapIterator(heap, m);
          Word k, v;
          int n = 0;
          vm::MapResult r;
          while ((r = it->next(&k, &v)).found) ++n;
          if (!r.ok() || n != 10000) failures.fetch_add(1);
        }
      }
    });
  }
  for (auto& t : ts) t.join();
  CHECK(failures.load() == 0);
}

TEST_CASE("map concurrency: two writers are detected and the map stays intact") {
  TypeZoo z;
  vm::Heap heap;
  vm::MapObject* m = heap.newMap(z.map(z.intT, z.intT));
  std::atomic<int> detected{0}, wrong{0};
  std::atomic<bool> stop{false};
  // Each writer owns a key range; a stored value is always key*3, so any value read back
  // that is not key*3 would reveal corruption.
  auto writer = [&](Word base) {
    std::vector<Word> stored;
    for (int round = 0; !stop.load(std::memory_order_relaxed); ++round) {
      for (Word i = 0; i < 2000; ++i) {
        Word k = base + i, v = k * 3;
        vm::MapResult r = (round % 3 == 2) ? m->erase(&k) : m->store(&k, &v);
        if (r.status == MapStatus::ConcurrentMapWrites)
          detected.fetch_add(1);
        else if (!r.ok())
          wrong.fetch_add(1);
        Word out = 0;
        r = m->lookup(&k, &out);
        if (r.status == MapStatus::ConcurrentMapReadWrite)
          detected.fetch_add(1);
        else if (!r.ok() || (r.found && out != k * 3))
          wrong.fetch_add(1);
      }
    }
  };
  auto start = Clock::now();
  std::thread a(writer, 0), b(writer, 1u << 20);
  // Run until both kinds of collision have surely happened (bounded: 20 s).
  while (detected.load() < 50 && Clock::now() - start < std::chrono::seconds(20))
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  stop = true;
  a.join();
  b.join();
  CHECK(wrong.load() == 0);
  CHECK(detected.load() > 0);
  // The map is still consistent: every key found has its value, size agrees with iteration.
  vm::MapIterator* it = vm::newMapIterator(heap, m);
  Word k, v;
  int64_t n = 0;
  bool ok = true;
  while (it->next(&k, &v).found) {
    ++n;
    ok &= v == k * 3;
    Word out = 0;
    ok &= m->lookup(&k, &out).found && out == k * 3;
  }
  CHECK(ok);
  CHECK(n == m->size());
}

TEST_CASE("map concurrency: a reader meeting a writer is refused, never wrong") {
  TypeZoo z;
  vm::Heap heap;
  vm::MapObject* m = heap.newMap(z.map(z.intT, z.intT));
  std::atomic<bool> stop{false};
  std::atomic<int> refused{0}, wrong{0}, iterRefused{0};
  std::thread w([&] {
    while (!stop.load(std::memory_order_relaxed))
      for (Word k = 0; k < 5000; ++k) {
        Word v = k + 7;
        vm::MapResult r = k % 5 == 0 ? m->erase(&k) : m->store(&k, &v);
        if (!r.ok() && r.status != MapStatus::ConcurrentMapWrites) wrong.fetch_add(1);
      }
  });
  auto start = Clock::now();
  while ((refused.load() < 20 || iterRefused.load() < 1) &&
         Clock::now() - start < std::chrono::seconds(20)) {
    for (Word k = 0; k < 5000; ++k) {
      Word out = 0;
      vm::MapResult r = m->lookup(&k, &out);
      if (r.status == MapStatus::ConcurrentMapReadWrite)
        refused.fetch_add(1);
      else if (!r.ok() || (r.found && out != k + 7))
        wrong.fetch_add(1);
    }
    vm::MapIterator* it = vm::newMapIterator(heap, m);
    Word k, v;
    vm::MapResult r;
    while ((r = it->next(&k, &v)).found)
      if (v != k + 7) wrong.fetch_add(1);
    if (r.status == MapStatus::ConcurrentMapIterationWrite) iterRefused.fetch_add(1);
  }
  stop = true;
  w.join();
  CHECK(wrong.load() == 0);
  CHECK(refused.load() > 0);
  CHECK(iterRefused.load() > 0);
  CHECK(std::string(vm::mapStatusText(MapStatus::ConcurrentMapReadWrite)) ==
        "concurrent map read and map write");
  CHECK(std::string(vm::mapStatusText(MapStatus::ConcurrentMapWrites)) == "concurrent map writes");
}

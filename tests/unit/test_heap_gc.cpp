// Collection: garbage is freed, everything reachable (by every kind of reference) is kept.
#include <doctest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <ctime>
#include <mutex>
#include <random>
#include <set>
#include <string>
#include <thread>

#include "heap_test_types.hpp"
#include "vm/map.hpp"
#include "vm/string_ops.hpp"

using namespace weft;
using vm::Word;
using weft::testing::rootsOf;
using weft::testing::TypeZoo;
using weft::testing::word;

namespace {

bool alive(vm::Heap& h, const void* p) {
  return h.findObject(p) == p;
}

}  // namespace

TEST_CASE("gc: unreachable objects are freed, reachable ones kept") {
  vm::Heap heap;
  Word* keep = heap.allocScalarWords(4);
  Word* drop = heap.allocScalarWords(4);
  keep[3] = 77;
  heap.collect(rootsOf({word(keep)}));
  CHECK(alive(heap, keep));
  CHECK(keep[3] == 77);
  CHECK_FALSE(alive(heap, drop));
  CHECK(heap.stats().liveBytes == 48);  // 8-byte header + 32 bytes: the 48-byte class
  heap.collect(rootsOf({}));
  CHECK_FALSE(alive(heap, keep));
  CHECK(heap.stats().liveBytes == 0);
}

TEST_CASE("gc: freed slots are reused and come back zeroed") {
  TypeZoo z;
  vm::Heap heap;
  std::vector<Word*> first;
  auto* pair = z.structOf({{"a", z.intT}, {"b", z.intT}});
  for (int i = 0; i < 1000; ++i) {
    Word* w = heap.allocStorage(pair);
    w[0] = w[1] = ~Word{0};
    first.push_back(w);
  }
  heap.collect(rootsOf({}));
  std::size_t reused = 0;
  bool zero = true;
  for (int i = 0; i < 1000; ++i) {
    Word* w = heap.allocScalarWords(2);
    zero &= w[0] == 0 && w[1] == 0;
    reused += std::find(first.begin(), first.end(), w) != first.end();
  }
  CHECK(zero);
  CHECK(reused > 0);
}

TEST_CASE("gc: struct storage with pointer fields, interior pointers") {
  TypeZoo z;
  vm::Heap heap;
  // struct { n int; s string; p *[]int; q *int }
  auto* st = z.structOf({{"n", z.intT},
                         {"s", z.stringT},
                         {"p", z.pointer(z.slice(z.intT))},
                         {"q", z.pointer(z.intT)}});
  Word* arr = heap.allocStorage(st, 10);
  vm::String* str = heap.newString("a string that must survive");
  Word* backing = heap.allocScalarWords(8);
  vm::SliceHeader* sl = heap.newSlice(backing + 2, 3, 6);
  Word* sliceCell = heap.allocStorage(z.slice(z.intT));
  *sliceCell = word(sl);
  Word* target = heap.allocScalarWords(20);
  Word* intGarbage = heap.allocScalarWords(20);
  arr[4 * 7 + 0] = word(intGarbage);  // an int field holding an address keeps nothing alive
  arr[4 * 7 + 1] = word(str);
  arr[4 * 7 + 2] = word(sliceCell);
  arr[4 * 7 + 3] = word(target + 13);  // interior pointer
  // The root is a pointer to a field in the middle of the array.
  heap.collect(rootsOf({word(arr + 4 * 5 + 2)}));
  CHECK(alive(heap, arr));
  CHECK(alive(heap, str));
  CHECK(alive(heap, sliceCell));
  CHECK(alive(heap, sl));
  CHECK(alive(heap, backing));
  CHECK(alive(heap, target));
  CHECK_FALSE(alive(heap, intGarbage));
  CHECK(vm::view(str) == "a string that must survive");
}

TEST_CASE("gc: boxes, closures and typed storage") {
  TypeZoo z;
  vm::Heap heap;
  auto* pair = z.structOf({{"x", z.intT}, {"p", z.pointer(z.intT)}});
  vm::Box* box = heap.allocBox(pair);
  Word* viaBox = heap.allocScalarWords(1);
  Word* notViaBox = heap.allocScalarWords(1);
  box->payload[0] = word(notViaBox);  // the int field
  box->payload[1] = word(viaBox);
  vm::Box* intBox = heap.allocBox(z.intT);
  intBox->payload[0] = word(heap.allocScalarWords(1));

  vm::Closure* clo = heap.allocClosure(nullptr, 2);
  Word* cap0 = heap.allocStorage(z.intT);
  Word* cap1 = heap.allocStorage(pair);
  clo->captures[0] = cap0;
  clo->captures[1] = cap1;
  Word* viaCap1 = heap.allocScalarWords(3);
  cap1[1] = word(viaCap1);

  auto* big = z.structOf({{"a", z.array(z.intT, 60)}, {"p", z.pointer(z.intT)}});
  Word* bigArr = heap.allocStorage(big, 3);
  Word* viaBig = heap.allocScalarWords(2);
  Word* notViaBig = heap.allocScalarWords(2);
  bigArr[61 + 60] = word(viaBig);  // element 1's pointer field
  bigArr[61 + 5] = word(notViaBig);

  heap.collect(rootsOf({word(box), word(intBox), word(clo), word(bigArr)}));
  CHECK(alive(heap, viaBox));
  CHECK_FALSE(alive(heap, notViaBox));
  CHECK_FALSE(alive(heap, reinterpret_cast<void*>(intBox->payload[0])));
  CHECK(alive(heap, cap0));
  CHECK(alive(heap, cap1));
  CHECK(alive(heap, viaCap1));
  CHECK(alive(heap, viaBig));
  CHECK_FALSE(alive(heap, notViaBig));
}

TEST_CASE("gc: maps keep their keys and values") {
  TypeZoo z;
  vm::Heap heap;
  auto* m = heap.newMap(z.map(z.stringT, z.pointer(z.intT)));
  std::vector<Word*> vals;
  for (int i = 0; i < 200; ++i) {
    Word key = word(heap.newString("key" + std::to_string(i)));
    Word* v = heap.allocStorage(z.intT);
    *v = static_cast<Word>(i);
    vals.push_back(v);
    Word val = word(v);
    REQUIRE(m->store(&key, &val).ok());
  }
  for (int i = 0; i < 200; i += 2) {
    Word key = word(heap.newString("key" + std::to_string(i)));
    REQUIRE(m->erase(&key).found);
  }
  // An iterator keeps the table it walks alive even after the map has moved on.
  vm::MapIterator* it = vm::newMapIterator(heap, m);
  Word k, v;
  REQUIRE(it->next(&k, &v).found);
  heap.collect(rootsOf({word(m), word(it)}));
  for (int i = 0; i < 200; ++i) CHECK(alive(heap, vals[i]) == (i % 2 == 1));
  for (int i = 1; i < 200; i += 2) {
    Word key = word(heap.newString("key" + std::to_string(i)));
    Word out = 0;
    REQUIRE(m->lookup(&key, &out).found);
    CHECK(*reinterpret_cast<Word*>(out) == static_cast<Word>(i));
  }
  // Grow the map a lot, so the iterator's table is stale, and collect again.
  for (int i = 1000; i < 3000; ++i) {
    Word key = word(heap.newString("key" + std::to_string(i)));
    Word val = 0;
    REQUIRE(m->store(&key, &val).ok());
  }
  heap.collect(rootsOf({word(it)}));  // only the iterator: it holds the map
  CHECK(alive(heap, m));
  CHECK(m->size() == 2100);
  // The iterator finishes its (now stale) table: every original entry still present exactly
  // once, plus the keys appended to that table before it was replaced (allowed either way).
  std::set<std::string> seen = {std::string(vm::view(reinterpret_cast<vm::String*>(k)))};
  int n = 1;
  while (it->next(&k, &v).found) {
    ++n;
    seen.insert(std::string(vm::view(reinterpret_cast<vm::String*>(k))));
  }
  CHECK(static_cast<int>(seen.size()) == n);
  int originals = 0;
  for (int i = 1; i < 200; i += 2) originals += seen.count("key" + std::to_string(i)) > 0;
  CHECK(originals == 100);
  CHECK(n <= 156);  // 256 slots in the old table, 100 of them deleted
  heap.collect(rootsOf({}));
  CHECK_FALSE(alive(heap, m));
}

TEST_CASE("gc: a million-node linked list does not overflow the native stack") {
  TypeZoo z;
  vm::Heap heap;
  types::Named* node = z.named("Node");
  node->underlyingType = z.structOf({{"next", z.pointer(node)}, {"val", z.intT}});
  constexpr int kN = 1000000;
  Word* head = nullptr;
  Word* tail = nullptr;
  for (int i = 0; i < kN; ++i) {
    Word* n = heap.allocStorage(node);
    n[1] = static_cast<Word>(i);
    if (tail)
      tail[0] = word(n);
    else
      head = n;
    tail = n;
  }
  Word* garbage = heap.allocStorage(node);
  heap.collect(rootsOf({word(head)}));
  CHECK_FALSE(alive(heap, garbage));
  int count = 0;
  bool ok = true;
  for (Word* p = head; p; p = reinterpret_cast<Word*>(p[0])) {
    ok &= alive(heap, p) && p[1] == static_cast<Word>(count);
    ++count;
  }
  CHECK(ok);
  CHECK(count == kN);
  CHECK(heap.verify() == "");
  CHECK(heap.stats().liveBytes == static_cast<std::size_t>(kN) * 24);
  heap.collect(rootsOf({}));
  CHECK(heap.stats().liveBytes == 0);
  CHECK_FALSE(alive(heap, tail));
}

TEST_CASE("gc: conservative roots accept junk and interior pointers") {
  vm::Heap heap;
  Word* a = heap.allocScalarWords(10);
  Word* b = heap.allocScalarWords(10);
  Word* big = heap.allocScalarWords(100000);
  Word* dead = heap.allocScalarWords(10);
  Word* freed = heap.allocScalarWords(10);
  heap.collect(rootsOf({word(a), word(b), word(big), word(dead)}));
  REQUIRE_FALSE(alive(heap, freed));
  int local = 0;
  Word regs[] = {word(a + 3),   word(big + 99999), 12345, ~Word{0},    word(&local),
                 word(freed),   word(freed + 1),   0,     word(b) + 3,  // odd offset
                 Word{1} << 47, Word{1} << 60};
  heap.collect([&](vm::RootVisitor& v) { v.conservative(regs, std::size(regs)); });
  CHECK(alive(heap, a));
  CHECK(alive(heap, b));
  CHECK(alive(heap, big));
  CHECK_FALSE(alive(heap, dead));
  CHECK_FALSE(alive(heap, freed));
}

TEST_CASE("gc: typed roots and pins") {
  TypeZoo z;
  vm::Heap heap;
  auto* st = z.structOf({{"n", z.intT}, {"p", z.pointer(z.intT)}, {"s", z.stringT}});
  Word globals[3] = {};
  Word* viaInt = heap.allocScalarWords(1);
  Word* viaPtr = heap.allocScalarWords(1);
  vm::String* viaStr = heap.newString("global");
  globals[0] = word(viaInt);
  globals[1] = word(viaPtr);
  globals[2] = word(viaStr);
  Word* pinned = heap.allocScalarWords(1);
  heap.pin(pinned);
  heap.pin(pinned);
  heap.collect([&](vm::RootVisitor& v) { v.typed(globals, st); });
  CHECK_FALSE(alive(heap, viaInt));
  CHECK(alive(heap, viaPtr));
  CHECK(alive(heap, viaStr));
  CHECK(alive(heap, pinned));
  heap.unpin(pinned);
  heap.collect(rootsOf({}));
  CHECK(alive(heap, pinned));
  heap.unpin(pinned);
  heap.collect(rootsOf({}));
  CHECK_FALSE(alive(heap, pinned));
}

namespace {
struct FakeChan {
  std::vector<int>* log;  // C++ resource freed by the finalizer
  Word* buffer;           // heap reference reported by trace
};
int finalized = 0;
}  // namespace

TEST_CASE("gc: native kinds are traced and finalized") {
  vm::Heap heap;
  finalized = 0;
  vm::NativeKindOps ops;
  ops.trace = [](void* obj, vm::RootVisitor& v) {
    v.precise(word(static_cast<FakeChan*>(obj)->buffer));
  };
  ops.finalize = [](void* obj) {
    delete static_cast<FakeChan*>(obj)->log;
    ++finalized;
  };
  heap.setNativeKindOps(vm::ObjKind::Chan, ops);
  auto* c1 = new (heap.allocNative(vm::ObjKind::Chan, sizeof(FakeChan)))
      FakeChan{new std::vector<int>(3), heap.allocScalarWords(4)};
  auto* c2 = new (heap.allocNative(vm::ObjKind::Chan, sizeof(FakeChan)))
      FakeChan{new std::vector<int>(3), heap.allocScalarWords(4)};
  auto* c3 = new (heap.allocNative(vm::ObjKind::Chan, 100000))
      FakeChan{new std::vector<int>(3), heap.allocScalarWords(4)};
  heap.collect(rootsOf({word(c1)}));
  CHECK(finalized == 2);
  CHECK(alive(heap, c1->buffer));
  CHECK_FALSE(alive(heap, c2));
  CHECK_FALSE(alive(heap, c3));
  // Objects still alive are finalized when the heap goes away (ASan checks for the leak).
}

TEST_CASE("gc: objects allocated by other threads are collected correctly") {
  TypeZoo z;
  vm::Heap heap;
  types::Named* node = z.named("Node");
  node->underlyingType = z.structOf({{"next", z.pointer(node)}, {"val", z.intT}});
  vm::slotsOf(node);
  constexpr int kThreads = 4;
  std::vector<Word*> heads(kThreads);
  for (int round = 0; round < 3; ++round) {
    std::vector<std::thread> ts;
    for (int t = 0; t < kThreads; ++t) {
      ts.emplace_back([&, t] {
        Word* head = nullptr;
        for (int i = 0; i < 20000; ++i) {
          Word* n = heap.allocStorage(node);
          n[1] = static_cast<Word>(i);
          if (i % 2 == 0) {  // every other node is garbage
            n[0] = word(head);
            head = n;
          }
        }
        heads[t] = head;
      });
    }
    for (auto& t : ts) t.join();
    std::vector<Word> roots;
    for (Word* h : heads) roots.push_back(word(h));
    heap.collect(rootsOf(roots));
    CHECK(heap.verify() == "");
    CHECK(heap.stats().liveBytes == kThreads * 10000 * 24);
    bool ok = true;
    for (Word* h : heads) {
      int expect = 19998;
      for (Word* p = h; p; p = reinterpret_cast<Word*>(p[0]), expect -= 2)
        ok &= p[1] == static_cast<Word>(expect);
      ok &= expect == -2;
    }
    CHECK(ok);
  }
}

namespace {
// CPU time of this thread: perf numbers that hold up on a loaded machine.
double cpuSeconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}
}  // namespace

// Run by hand: weft_unit_tests -tc="heap perf*" --no-skip (use a Release build).
TEST_CASE("heap perf: binary trees and a 1M-object pause" * doctest::skip()) {
  TypeZoo z;
  types::Named* node = z.named("Node");
  node->underlyingType = z.structOf({{"left", z.pointer(node)}, {"right", z.pointer(node)}});
  vm::Heap heap;
  struct Builder {
    vm::Heap& heap;
    const types::Type* t;
    Word* make(int depth) {
      Word* n = heap.allocStorage(t);
      if (depth > 0) {
        n[0] = word(make(depth - 1));
        n[1] = word(make(depth - 1));
      }
      return n;
    }
    static int check(Word* n) {
      if (!n[0]) return 1;
      return 1 + check(reinterpret_cast<Word*>(n[0])) + check(reinterpret_cast<Word*>(n[1]));
    }
  } b{heap, node};
  Word* longLived = b.make(16);
  auto t0 = std::chrono::steady_clock::now();
  double c0 = cpuSeconds();
  std::size_t allocs = 0;
  long checks = 0;
  for (int d = 4; d <= 16; d += 2) {
    int iters = 1 << (16 - d + 4);
    for (int i = 0; i < iters; ++i) {
      Word* t = b.make(d);
      allocs += (std::size_t{2} << d) - 1;
      checks += Builder::check(t);
      if (heap.collectionWanted()) heap.collect(rootsOf({word(longLived), word(t)}));
    }
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  double cpu = cpuSeconds() - c0;
  vm::HeapStats s = heap.stats();
  std::printf(
      "binary trees: %zu allocations in %.3f s wall, %.3f s CPU = %.1f M allocs/s (CPU);"
      " %zu collections, %.2f ms GC total wall (%ld checks)\n",
      allocs, secs, cpu, allocs / cpu / 1e6, s.collections, s.totalPauseNanos / 1e6, checks);

  vm::Heap heap2;
  Builder b2{heap2, node};
  std::vector<Word> roots;
  for (int i = 0; i < 8; ++i) roots.push_back(word(b2.make(17)));  // 8 * 262143 nodes ~ 2.1M
  double g0 = cpuSeconds();
  heap2.collect(rootsOf(roots));
  double g1 = cpuSeconds();
  std::printf("pause with %zu live objects (%.1f MB): %.2f ms wall, %.2f ms CPU\n",
              roots.size() * 262143, heap2.stats().liveBytes / 1e6,
              heap2.stats().lastPauseNanos / 1e6, (g1 - g0) * 1e3);
  std::vector<Word> half(roots.begin(), roots.begin() + 4);
  g0 = cpuSeconds();
  heap2.collect(rootsOf(half));
  g1 = cpuSeconds();
  std::printf(
      "pause with %zu live objects (%.1f MB), half of them dying: %.2f ms wall, %.2f ms "
      "CPU\n",
      half.size() * 262143, heap2.stats().liveBytes / 1e6, heap2.stats().lastPauseNanos / 1e6,
      (g1 - g0) * 1e3);
  double a0 = cpuSeconds();
  std::size_t n = 0;
  for (int i = 0; i < 10000000; ++i) {
    heap2.allocScalarWords(2);
    ++n;
  }
  double secs2 = cpuSeconds() - a0;
  std::printf("raw allocation (16-byte objects): %.1f M allocs/s (CPU)\n", n / secs2 / 1e6);
}

TEST_CASE("gc: page runs are reused, split and coalesced across many cycles") {
  vm::Heap heap;
  std::mt19937_64 rng(7);
  std::vector<std::pair<Word*, std::size_t>> kept;
  std::size_t mappedAfterWarmup = 0;
  for (int cycle = 0; cycle < 40; ++cycle) {
    for (int i = 0; i < 200; ++i) {
      // Mostly small, some multi-page, a few large objects.
      std::size_t r = rng() % 100;
      std::size_t words = r < 70   ? 2 + rng() % 64
                          : r < 95 ? 500 + rng() % 4000
                                   : 5000 + rng() % 200000;
      Word* p = heap.allocScalarWords(words);
      p[0] = words;
      p[words - 1] = words ^ 0x5555;
      kept.emplace_back(p, words);
    }
    // Keep a random half.
    std::shuffle(kept.begin(), kept.end(), rng);
    kept.resize(kept.size() / 2);
    std::vector<Word> roots;
    for (auto& [p, n] : kept) roots.push_back(word(p + n / 2));  // interior pointers
    heap.collect(rootsOf(roots));
    bool ok = true;
    for (auto& [p, n] : kept)
      ok &= heap.findObject(p + n - 1) == p && p[0] == n && p[n - 1] == (n ^ 0x5555);
    CHECK(ok);
    CHECK(heap.verify() == "");
    if (cycle == 10) mappedAfterWarmup = heap.stats().mappedBytes;
  }
  // The steady state fits in the memory reserved early on.
  CHECK(heap.stats().mappedBytes <= 2 * mappedAfterWarmup);
  heap.collect(rootsOf({}));
  CHECK(heap.stats().liveBytes == 0);
}

// Workers allocate while a collector stops them at "safepoints" (a mutex and condition
// variables, as the VM's stop-the-world handshake does), collects, and lets them go on.
TEST_CASE("gc: collections between running workers (stop-the-world handshake)") {
  TypeZoo z;
  vm::Heap heap;
  heap.setMinimumGoal(256 << 10);
  types::Named* node = z.named("Node");
  node->underlyingType = z.structOf({{"next", z.pointer(node)}, {"val", z.intT}});
  constexpr int kWorkers = 3;
  std::mutex mu;
  std::condition_variable cv;
  bool stopRequested = false;
  int parked = 0;
  uint64_t epoch = 0;
  int finished = 0;
  std::vector<Word*> heads(kWorkers, nullptr);
  std::atomic<bool> corrupt{false};

  auto worker = [&](int id) {
    Word* head = nullptr;
    int length = 0;
    for (int i = 0; i < 60000; ++i) {
      Word* n = heap.allocStorage(node);
      n[1] = static_cast<Word>(i);
      if (i % 3 == 0) {  // keep a third of them
        n[0] = word(head);
        head = n;
        ++length;
      }
      if (i % 64 == 0) {  // safepoint
        std::unique_lock<std::mutex> lock(mu);
        if (stopRequested) {
          heads[id] = head;
          ++parked;
          cv.notify_all();
          uint64_t e = epoch;
          cv.wait(lock, [&] { return epoch != e; });
          // Everything kept must still be intact after the collection.
          int seen = 0;
          for (Word* p = head; p; p = reinterpret_cast<Word*>(p[0])) ++seen;
          if (seen != length) corrupt = true;
        }
      }
    }
    std::lock_guard<std::mutex> lock(mu);
    heads[id] = head;
    ++finished;
    cv.notify_all();
  };
  std::vector<std::thread> ts;
  for (int i = 0; i < kWorkers; ++i) ts.emplace_back(worker, i);
  int collections = 0;
  for (;;) {
    std::unique_lock<std::mutex> lock(mu);
    if (finished == kWorkers) break;
    if (!heap.collectionWanted()) {
      lock.unlock();
      std::this_thread::sleep_for(std::chrono::microseconds(200));
      continue;
    }
    stopRequested = true;
    cv.wait(lock, [&] { return parked + finished == kWorkers; });
    std::vector<Word> roots;
    for (Word* h : heads) roots.push_back(word(h));
    heap.collect(rootsOf(roots));
    ++collections;
    stopRequested = false;
    parked = 0;
    ++epoch;
    cv.notify_all();
  }
  for (auto& t : ts) t.join();
  CHECK_FALSE(corrupt.load());
  // On a loaded machine the workers can finish before the collector thread is scheduled at
  // all; the correctness checks below hold either way.
  WARN_MESSAGE(collections > 0, "no collection ran while the workers were allocating");
  std::vector<Word> roots;
  for (Word* h : heads) roots.push_back(word(h));
  heap.collect(rootsOf(roots));
  CHECK(heap.verify() == "");
  CHECK(heap.stats().liveBytes == kWorkers * 20000 * 24);
}

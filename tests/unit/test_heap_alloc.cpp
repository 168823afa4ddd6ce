// Allocation: zeroing, object kinds, size classes, findObject, large objects, stats, threads.
#include <doctest.h>

#include <cstring>
#include <set>
#include <thread>

#include "heap_test_types.hpp"
#include "vm/heap_pages.hpp"

using namespace weft;
using vm::Word;
using weft::testing::TypeZoo;
using weft::testing::word;

TEST_CASE("size classes: the division magic is exact over every span") {
  using namespace vm::heap_detail;
  for (int c = 2; c < kNumClasses; ++c) {
    const SizeClass& sc = kClasses[c];
    CAPTURE(c);
    REQUIRE(sc.nelems <= static_cast<uint32_t>(kMaxElems));
    std::size_t spanBytes = sc.npages * kPageSize;
    bool ok = true;
    for (std::size_t off = 0; off < spanBytes; ++off)
      ok &= ((static_cast<uint64_t>(off) * sc.divMagic) >> 32) == off / sc.size;
    CHECK(ok);
  }
  for (std::size_t b = 16; b <= kMaxSmallSize; ++b) {
    int c = sizeToClass(b);
    REQUIRE(kClasses[c].size >= b);
    REQUIRE((c == 2 || kClasses[c - 1].size < b));
  }
}

TEST_CASE("allocation returns zeroed memory of every kind") {
  TypeZoo z;
  vm::Heap heap;
  auto* st = z.structOf({{"a", z.intT}, {"p", z.pointer(z.intT)}, {"s", z.stringT}});
  for (std::size_t count : {1, 2, 7, 100, 5000}) {
    Word* w = heap.allocStorage(st, count);
    REQUIRE(w);
    bool zero = true;
    for (std::size_t i = 0; i < 3 * count; ++i) zero &= w[i] == 0;
    CHECK(zero);
    CHECK(vm::Heap::kindOf(w) == vm::ObjKind::Storage);
  }
  Word* cell = heap.allocStorage(z.intT);
  CHECK(*cell == 0);
  vm::String* s = heap.newString("hello");
  REQUIRE(s);
  CHECK(s->view() == "hello");
  CHECK(s->bytes[5] == '\0');
  CHECK(s->hash == 0);
  CHECK(heap.allocString(0) == nullptr);
  CHECK(heap.newString("") == nullptr);
  vm::SliceHeader* sh = heap.newSlice(cell, 1, 1);
  CHECK(sh->data == cell);
  CHECK(sh->len == 1);
  CHECK(sh->cap == 1);
  vm::Box* b = heap.allocBox(st);
  CHECK(b->type == st);
  CHECK(b->payload[0] == 0);
  CHECK(b->payload[2] == 0);
  vm::Closure* c = heap.allocClosure(nullptr, 3);
  CHECK(c->ncaptures == 3);
  CHECK(c->captures[2] == nullptr);
  CHECK(vm::Heap::kindOf(c) == vm::ObjKind::Closure);
  CHECK(vm::Heap::kindOf(b) == vm::ObjKind::Box);
  CHECK(vm::Heap::kindOf(s) == vm::ObjKind::String);
}

TEST_CASE("storage of big element types records the type") {
  TypeZoo z;
  vm::Heap heap;
  auto* big = z.structOf({{"a", z.array(z.intT, 60)}, {"p", z.pointer(z.intT)}});
  Word* w = heap.allocStorage(big, 2);
  CHECK(vm::Heap::kindOf(w) == vm::ObjKind::TypedStorage);
  auto* noPtrs = z.array(z.intT, 100);
  CHECK(vm::Heap::kindOf(heap.allocStorage(noPtrs, 1)) == vm::ObjKind::Storage);
}

TEST_CASE("zero-size requests give distinct valid pointers") {
  TypeZoo z;
  vm::Heap heap;
  auto* empty = z.structOf({});
  std::set<Word*> seen;
  for (int i = 0; i < 100; ++i) {
    Word* p = heap.allocStorage(empty, 10);
    REQUIRE(p);
    CHECK(heap.findObject(p) == p);
    seen.insert(p);
    seen.insert(heap.allocStorage(z.intT, 0));
  }
  CHECK(seen.size() == 200);
}

TEST_CASE("findObject maps interior pointers to the object start") {
  TypeZoo z;
  vm::Heap heap;
  std::vector<std::pair<Word*, std::size_t>> objs;
  for (std::size_t words : {1, 2, 3, 5, 16, 100, 1000, 4095, 4096, 5000, 100000}) {
    for (int k = 0; k < 3; ++k) objs.emplace_back(heap.allocScalarWords(words), words);
  }
  for (auto [p, n] : objs) {
    CAPTURE(n);
    CHECK(heap.findObject(p) == p);
    CHECK(heap.findObject(p + n / 2) == p);
    CHECK(heap.findObject(p + n - 1) == p);
    CHECK(heap.findObject(reinterpret_cast<char*>(p + n - 1) + 7) == p);
  }
  int local = 0;
  CHECK(heap.findObject(&local) == nullptr);
  CHECK(heap.findObject(nullptr) == nullptr);
  CHECK(heap.findObject(reinterpret_cast<void*>(uintptr_t{1} << 60)) == nullptr);
  static int global;
  CHECK(heap.findObject(&global) == nullptr);
  // A slot that was never allocated is not an object.
  Word* a = heap.allocScalarWords(1);
  CHECK(heap.findObject(a + 2) == nullptr);  // the next 16-byte slot in the same span
}

TEST_CASE("large objects") {
  vm::Heap heap;
  std::size_t n = (1u << 20) + 3;  // 8 MiB + 24 bytes
  Word* p = heap.allocScalarWords(n);
  CHECK(p[0] == 0);
  CHECK(p[n - 1] == 0);
  p[n - 1] = 42;
  CHECK(heap.findObject(p + n - 1) == p);
  CHECK(heap.findObject(p + n / 3) == p);
  CHECK(heap.stats().liveBytes >= n * 8);
}

TEST_CASE("stats, goal and limit") {
  vm::Heap heap;
  vm::HeapStats s0 = heap.stats();
  CHECK(s0.liveBytes == 0);
  CHECK(s0.collections == 0);
  CHECK_FALSE(heap.collectionWanted());
  for (int i = 0; i < 1000; ++i) heap.allocScalarWords(3);  // 32-byte slots
  vm::HeapStats s1 = heap.stats();
  CHECK(s1.liveBytes == 32000);
  CHECK(s1.allocatedBytes == 32000);
  CHECK(s1.peakBytes >= 32000);
  CHECK_FALSE(heap.collectionWanted());
  // Past the minimum goal (4 MiB) a collection is wanted.
  for (int i = 0; i < 600; ++i) heap.allocScalarWords(1023);  // 8 KiB each
  CHECK(heap.collectionWanted());
  heap.setLimit(1 << 20);
  CHECK(heap.overLimit());
  heap.collect([](vm::RootVisitor&) {});
  CHECK_FALSE(heap.collectionWanted());
  CHECK_FALSE(heap.overLimit());
  vm::HeapStats s2 = heap.stats();
  CHECK(s2.collections == 1);
  CHECK(s2.liveBytes == 0);
  CHECK(s2.peakBytes >= 4u << 20);
  heap.setLimit(0);
  // Crossing the limit asks for a collection even below the goal.
  vm::Heap small;
  small.setLimit(64 << 10);
  for (int i = 0; i < 4; ++i) small.allocScalarWords(4000);  // 32 KiB slots, one per span
  CHECK(small.overLimit());
  CHECK(small.collectionWanted());
  std::vector<Word*> keep;
  keep.push_back(small.allocScalarWords(4000));
  small.collect(weft::testing::rootsOf({word(keep[0])}));
  CHECK_FALSE(small.overLimit());
}

TEST_CASE("threads allocate concurrently") {
  TypeZoo z;
  vm::Heap heap;
  auto* node = z.structOf({{"next", z.pointer(z.intT)}, {"val", z.intT}});
  vm::slotsOf(node);
  constexpr int kThreads = 4, kPer = 50000;
  std::vector<std::vector<Word*>> nodes(kThreads), bigs(kThreads);
  std::vector<std::thread> ts;
  for (int t = 0; t < kThreads; ++t) {
    ts.emplace_back([&, t] {
      for (int i = 0; i < kPer; ++i) {
        Word* w = heap.allocStorage(node);
        w[1] = static_cast<Word>(t * kPer + i);
        nodes[t].push_back(w);
        if (i % 1000 == 0) bigs[t].push_back(heap.allocScalarWords(5000));
      }
    });
  }
  for (auto& t : ts) t.join();
  std::set<Word*> all;
  bool ok = true;
  for (int t = 0; t < kThreads; ++t) {
    for (int i = 0; i < kPer; ++i) {
      Word* w = nodes[t][i];
      all.insert(w);
      ok &= heap.findObject(w + 1) == w && w[1] == static_cast<Word>(t * kPer + i);
    }
    for (Word* w : bigs[t]) {
      all.insert(w);
      ok &= heap.findObject(w + 4999) == w;
    }
  }
  CHECK(ok);
  CHECK(all.size() == kThreads * (kPer + kPer / 1000));
}

// Maps: keys of every comparable kind, Go's iteration guarantees, growth, clear.
#include <doctest.h>

#include <bit>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <map>
#include <random>
#include <set>
#include <unordered_map>

#include "heap_test_types.hpp"
#include "vm/map.hpp"
#include "vm/map_hash.hpp"

using namespace weft;
using vm::MapStatus;
using vm::Word;
using weft::testing::TypeZoo;
using weft::testing::word;

namespace {

Word f2w(double d) {
  return std::bit_cast<Word>(d);
}

struct IntMap {
  vm::MapObject* m;
  bool put(int64_t k, int64_t v) {
    Word kw = static_cast<Word>(k), vw = static_cast<Word>(v);
    vm::MapResult r = m->store(&kw, &vw);
    REQUIRE(r.ok());
    return r.found;
  }
  std::pair<bool, int64_t> get(int64_t k) {
    Word kw = static_cast<Word>(k), out = 12345;
    vm::MapResult r = m->lookup(&kw, &out);
    REQUIRE(r.ok());
    return {r.found, static_cast<int64_t>(out)};
  }
  bool del(int64_t k) {
    Word kw = static_cast<Word>(k);
    vm::MapResult r = m->erase(&kw);
    REQUIRE(r.ok());
    return r.found;
  }
};

// Drains an iterator into (key -> value), failing on a repeated key.
std::map<int64_t, int64_t> drain(vm::MapIterator* it, int* dup = nullptr) {
  std::map<int64_t, int64_t> seen;
  Word k, v;
  while (true) {
    vm::MapResult r = it->next(&k, &v);
    REQUIRE(r.ok());
    if (!r.found) break;
    if (!seen.emplace(static_cast<int64_t>(k), static_cast<int64_t>(v)).second && dup) ++*dup;
  }
  return seen;
}

}  // namespace

TEST_CASE("map: int keys, store/lookup/erase/size") {
  TypeZoo z;
  vm::Heap heap;
  IntMap m{heap.newMap(z.map(z.intT, z.intT))};
  CHECK(m.m->size() == 0);
  CHECK(m.get(1) == std::pair<bool, int64_t>{false, 0});  // zero value when absent
  CHECK_FALSE(m.put(1, 10));
  CHECK(m.put(1, 11));
  CHECK(m.get(1) == std::pair<bool, int64_t>{true, 11});
  for (int64_t i = -5000; i < 5000; ++i) m.put(i * 7919, i);
  CHECK(m.m->size() == 10001);
  bool ok = true;
  for (int64_t i = -5000; i < 5000; ++i) ok &= m.get(i * 7919) == std::pair<bool, int64_t>{true, i};
  CHECK(ok);
  CHECK(m.del(1));
  CHECK_FALSE(m.del(1));
  CHECK_FALSE(m.get(1).first);
  for (int64_t i = -5000; i < 5000; i += 2) CHECK(m.del(i * 7919));
  CHECK(m.m->size() == 5000);
  ok = true;
  for (int64_t i = -5000; i < 5000; ++i) ok &= m.get(i * 7919).first == (i % 2 != 0);
  CHECK(ok);
  Word key = 5;
  vm::MapResult r = m.m->lookup(&key, nullptr);  // presence only
  CHECK(r.ok());
}

TEST_CASE("map: random operations agree with a reference model") {
  TypeZoo z;
  vm::Heap heap;
  IntMap m{heap.newMap(z.map(z.intT, z.intT))};
  std::unordered_map<int64_t, int64_t> ref;
  std::mt19937_64 rng(42);
  for (int step = 0; step < 300000; ++step) {
    int64_t k = static_cast<int64_t>(rng() % (step < 150000 ? 20000 : 300));
    switch (rng() % 4) {
      case 0:
      case 1: {
        int64_t v = static_cast<int64_t>(rng());
        CHECK(m.put(k, v) == (ref.count(k) > 0));
        ref[k] = v;
        break;
      }
      case 2:
        CHECK(m.del(k) == (ref.erase(k) > 0));
        break;
      case 3: {
        auto it = ref.find(k);
        auto got = m.get(k);
        CHECK(got.first == (it != ref.end()));
        if (it != ref.end()) CHECK(got.second == it->second);
        break;
      }
    }
    if (step % 50000 == 0) heap.collect(weft::testing::rootsOf({word(m.m)}));
  }
  CHECK(m.m->size() == static_cast<int64_t>(ref.size()));
  auto all = drain(vm::newMapIterator(heap, m.m));
  CHECK(all.size() == ref.size());
  bool same = true;
  for (auto& [k, v] : ref) same &= all.count(k) && all[k] == v;
  CHECK(same);
}

TEST_CASE("map: string keys compare by content") {
  TypeZoo z;
  vm::Heap heap;
  vm::MapObject* m = heap.newMap(z.map(z.stringT, z.intT));
  for (int i = 0; i < 1000; ++i) {
    Word k = word(heap.newString("k" + std::to_string(i))), v = static_cast<Word>(i);
    REQUIRE(m->store(&k, &v).ok());
  }
  Word empty = 0, v = 99;
  REQUIRE(m->store(&empty, &v).ok());  // "" is the null String
  CHECK(m->size() == 1001);
  for (int i = 0; i < 1000; i += 37) {
    Word k = word(heap.newString("k" + std::to_string(i))), out = 0;
    CHECK(m->lookup(&k, &out).found);
    CHECK(out == static_cast<Word>(i));
  }
  Word out = 0;
  CHECK(m->lookup(&empty, &out).found);
  CHECK(out == 99);
  Word missing = word(heap.newString("k1000"));
  CHECK_FALSE(m->lookup(&missing, &out).found);
}

TEST_CASE("map: struct and array keys, blank fields ignored") {
  TypeZoo z;
  vm::Heap heap;
  // struct { a int; s string; _ int }
  auto* key = z.structOf({{"a", z.intT}, {"s", z.stringT}, {"_", z.intT}});
  vm::MapObject* m = heap.newMap(z.map(key, z.intT));
  Word k1[3] = {1, word(heap.newString("x")), 100};
  Word k2[3] = {1, word(heap.newString("x")), 200};  // equal to k1: the blank field differs
  Word k3[3] = {2, word(heap.newString("x")), 100};
  Word v = 5, out = 0;
  REQUIRE(m->store(k1, &v).ok());
  CHECK(m->lookup(k2, &out).found);
  CHECK(out == 5);
  CHECK_FALSE(m->lookup(k3, &out).found);
  v = 6;
  CHECK(m->store(k2, &v).found);
  CHECK(m->size() == 1);

  auto* arr = z.array(z.stringT, 2);
  vm::MapObject* ma = heap.newMap(z.map(arr, z.intT));
  Word a1[2] = {word(heap.newString("p")), word(heap.newString("q"))};
  Word a2[2] = {word(heap.newString("p")), word(heap.newString("q"))};
  Word a3[2] = {word(heap.newString("q")), word(heap.newString("p"))};
  REQUIRE(ma->store(a1, &v).ok());
  CHECK(ma->lookup(a2, &out).found);
  CHECK_FALSE(ma->lookup(a3, &out).found);
}

TEST_CASE("map: interface keys by dynamic type and value; unhashable types") {
  TypeZoo z;
  vm::Heap heap;
  auto* int64T = z.basic(types::Kind::Int64, "int64");
  vm::MapObject* m = heap.newMap(z.map(z.anyT, z.intT));
  auto box = [&](const types::Type* t, Word w) {
    vm::Box* b = heap.allocBox(t);
    b->payload[0] = w;
    return word(b);
  };
  Word kInt = box(z.intT, 1), kInt2 = box(z.intT, 1), kInt64 = box(int64T, 1);
  Word kStr = box(z.stringT, word(heap.newString("s"))),
       kStr2 = box(z.stringT, word(heap.newString("s")));
  Word kNil = 0;
  Word v = 1, out = 0;
  REQUIRE(m->store(&kInt, &v).ok());
  v = 2;
  REQUIRE(m->store(&kInt64, &v).ok());
  v = 3;
  REQUIRE(m->store(&kStr, &v).ok());
  v = 4;
  REQUIRE(m->store(&kNil, &v).ok());
  CHECK(m->size() == 4);
  CHECK(m->lookup(&kInt2, &out).found);
  CHECK(out == 1);
  CHECK(m->lookup(&kInt64, &out).found);
  CHECK(out == 2);
  CHECK(m->lookup(&kStr2, &out).found);
  CHECK(out == 3);
  CHECK(m->lookup(&kNil, &out).found);
  CHECK(out == 4);

  // A slice inside an interface key: Go panics "hash of unhashable type []int".
  auto* sliceT = z.slice(z.intT);
  Word kSlice = box(sliceT, 0);
  vm::MapResult r = m->store(&kSlice, &v);
  CHECK(r.status == MapStatus::UnhashableType);
  CHECK(r.unhashable == sliceT);
  CHECK(std::string(vm::mapStatusText(r.status)) == "hash of unhashable type ");
  CHECK(m->lookup(&kSlice, &out).status == MapStatus::UnhashableType);
  CHECK(m->erase(&kSlice).status == MapStatus::UnhashableType);
  CHECK(m->size() == 4);
  // Also when the slice hides in a struct inside the interface, and for nil maps.
  auto* holder = z.structOf({{"x", z.intT}, {"f", z.func()}});
  Word kHolder = word(heap.allocBox(holder));
  r = m->lookup(&kHolder, &out);
  CHECK(r.status == MapStatus::UnhashableType);
  CHECK(r.unhashable == holder);
  auto* st = z.structOf({{"i", z.anyT}});
  CHECK(vm::MapObject::checkHashable(z.map(st, z.intT), &kSlice).unhashable == sliceT);
  CHECK(vm::MapObject::checkHashable(z.map(st, z.intT), &kInt).ok());
}

TEST_CASE("map: float keys: +0 == -0, NaN never found") {
  TypeZoo z;
  vm::Heap heap;
  vm::MapObject* m = heap.newMap(z.map(z.float64T, z.intT));
  Word nan = f2w(std::nan("")), v = 1, out = 0;
  for (int i = 0; i < 3; ++i) {
    vm::MapResult r = m->store(&nan, &v);
    CHECK(r.ok());
    CHECK_FALSE(r.found);
  }
  CHECK(m->size() == 3);
  CHECK_FALSE(m->lookup(&nan, &out).found);
  CHECK_FALSE(m->erase(&nan).found);
  Word pz = f2w(0.0), nz = f2w(-0.0);
  v = 7;
  REQUIRE(m->store(&pz, &v).ok());
  v = 8;
  CHECK(m->store(&nz, &v).found);
  CHECK(m->lookup(&pz, &out).found);
  CHECK(out == 8);
  CHECK(m->size() == 4);
  // The key now spelled -0, as Go keeps the latest key.
  std::vector<Word> keys, vals;
  REQUIRE(m->entries(keys, vals).ok());
  CHECK(keys.size() == 4);
  int negZero = 0, nans = 0;
  for (Word k : keys) {
    negZero += k == nz;
    nans += std::isnan(std::bit_cast<double>(k));
  }
  CHECK(negZero == 1);
  CHECK(nans == 3);
  // NaN entries are produced by iteration, also after the map has grown underneath.
  vm::MapIterator* it = vm::newMapIterator(heap, m);
  Word k;
  REQUIRE(it->next(&k, &v).found);
  int produced = 1;
  for (int i = 1; i <= 100; ++i) {
    Word kk = f2w(i), vv = 0;
    REQUIRE(m->store(&kk, &vv).ok());
  }
  int nanSeen = std::isnan(std::bit_cast<double>(k));
  while (it->next(&k, &v).found) {
    ++produced;
    nanSeen += std::isnan(std::bit_cast<double>(k));
  }
  CHECK(nanSeen == 3);
  // The first 4 new keys went into the table being walked (they may be produced), the rest
  // into the table that replaced it (not reached).
  CHECK(produced >= 4);
  CHECK(produced <= 8);
  // Interfaces holding NaN behave the same.
  vm::MapObject* mi = heap.newMap(z.map(z.anyT, z.intT));
  vm::Box* b = heap.allocBox(z.float64T);
  b->payload[0] = nan;
  Word kb = word(b);
  REQUIRE(mi->store(&kb, &v).ok());
  REQUIRE(mi->store(&kb, &v).ok());
  CHECK(mi->size() == 2);
  CHECK_FALSE(mi->lookup(&kb, &out).found);
}

TEST_CASE("map: zero-size keys and values") {
  TypeZoo z;
  vm::Heap heap;
  auto* empty = z.structOf({});
  vm::MapObject* set = heap.newMap(z.map(z.intT, empty));
  for (Word k = 0; k < 100; ++k) REQUIRE(set->store(&k, nullptr).ok());
  Word k = 50;
  CHECK(set->lookup(&k, nullptr).found);
  CHECK(set->size() == 100);
  vm::MapObject* one = heap.newMap(z.map(empty, z.intT));
  Word v = 3, out = 0;
  REQUIRE(one->store(nullptr, &v).ok());
  v = 4;
  CHECK(one->store(nullptr, &v).found);
  CHECK(one->lookup(nullptr, &out).found);
  CHECK(out == 4);
  CHECK(one->size() == 1);
}

TEST_CASE("map: iteration produces every entry once, from a random start") {
  TypeZoo z;
  vm::Heap heap;
  IntMap m{heap.newMap(z.map(z.intT, z.intT))};
  for (int i = 0; i < 100; ++i) m.put(i, i * 10);
  std::set<int64_t> firsts;
  for (int round = 0; round < 50; ++round) {
    vm::MapIterator* it = vm::newMapIterator(heap, m.m);
    int dup = 0;
    auto all = drain(it, &dup);
    CHECK(dup == 0);
    CHECK(all.size() == 100);
    CHECK(all[42] == 420);
    vm::MapIterator* it2 = vm::newMapIterator(heap, m.m);
    Word k, v;
    REQUIRE(it2->next(&k, &v).found);
    firsts.insert(static_cast<int64_t>(k));
  }
  CHECK(firsts.size() > 10);  // not insertion order
  // A nil map iterates nothing.
  Word k, v;
  CHECK_FALSE(vm::newMapIterator(heap, nullptr)->next(&k, &v).found);
}

TEST_CASE("map: deleting during iteration") {
  TypeZoo z;
  vm::Heap heap;
  for (int round = 0; round < 20; ++round) {
    IntMap m{heap.newMap(z.map(z.intT, z.intT))};
    for (int i = 0; i < 500; ++i) m.put(i, i);
    vm::MapIterator* it = vm::newMapIterator(heap, m.m);
    std::set<int64_t> seen, deleted;
    Word k, v;
    while (it->next(&k, &v).found) {
      auto key = static_cast<int64_t>(k);
      CHECK(seen.insert(key).second);
      CHECK_FALSE(deleted.count(key));
      // Delete the key itself and a few others (some already seen, some not yet).
      for (int64_t d : {key, (key * 7 + 3) % 500, (key * 13 + 1) % 500})
        if (m.del(d)) deleted.insert(d);
    }
    for (int64_t i = 0; i < 500; ++i)  // everything is either produced or deleted before
      CHECK((seen.count(i) || deleted.count(i)));
    CHECK(m.m->size() == 500 - static_cast<int64_t>(deleted.size()));
  }
}

TEST_CASE("map: inserting and updating during iteration (with growth)") {
  TypeZoo z;
  vm::Heap heap;
  for (int round = 0; round < 20; ++round) {
    IntMap m{heap.newMap(z.map(z.intT, z.intT))};
    for (int i = 0; i < 300; ++i) m.put(i, i);
    vm::MapIterator* it = vm::newMapIterator(heap, m.m);
    std::map<int64_t, int> seen;
    Word k, v;
    int step = 0;
    int64_t deletedKey = -1;
    bool deletedSeen = false;
    while (it->next(&k, &v).found) {
      auto key = static_cast<int64_t>(k);
      ++seen[key];
      CHECK(key != deletedKey);
      if (key < 300) {
        CHECK(static_cast<int64_t>(v) == (key % 2 == 0 && step > 0 ? key + 1000000 : key));
      }
      if (step == 0) {
        // Update all even originals, then grow the map a lot (the table is rebuilt).
        for (int i = 0; i < 300; i += 2)
          if (i != key) m.put(i, i + 1000000);
        for (int i = 1000; i < 5000; ++i) m.put(i, i);
      }
      if (step >= 10 && deletedKey < 0 && key < 300) {  // (keys >= 1000 may show up too)
        deletedKey = 299 - key;
        deletedSeen = seen.count(deletedKey) > 0;
        CHECK(m.del(deletedKey));
      }
      ++step;
    }
    int originals = 0;
    for (auto& [key, n] : seen) {
      CHECK(n == 1);  // at most once
      if (key < 300) ++originals;
    }
    CHECK(originals == (deletedSeen ? 300 : 299));
  }
}

TEST_CASE("map: clear") {
  TypeZoo z;
  vm::Heap heap;
  IntMap m{heap.newMap(z.map(z.intT, z.intT))};
  for (int i = 0; i < 1000; ++i) m.put(i, i);
  vm::MapIterator* it = vm::newMapIterator(heap, m.m);
  Word k, v;
  REQUIRE(it->next(&k, &v).found);
  REQUIRE(m.m->clear().ok());
  CHECK(m.m->size() == 0);
  CHECK_FALSE(m.get(5).first);
  CHECK_FALSE(it->next(&k, &v).found);  // cleared entries are not produced
  for (int i = 0; i < 10; ++i) m.put(i, -i);
  CHECK(m.m->size() == 10);
  CHECK(m.get(7) == std::pair<bool, int64_t>{true, -7});
  CHECK(drain(vm::newMapIterator(heap, m.m)).size() == 10);
}

TEST_CASE("map: hint and shrinking after mass deletion") {
  TypeZoo z;
  vm::Heap heap;
  IntMap m{heap.newMap(z.map(z.intT, z.intT), 100000)};  // room for 131072 entries
  for (int i = 0; i < 131072; ++i) m.put(i, i);
  heap.collect(weft::testing::rootsOf({word(m.m)}));
  std::size_t full = heap.stats().liveBytes;
  CHECK(full > 131072 * 24);
  for (int i = 0; i < 131062; ++i) m.del(i);
  for (int i = 200000; i < 200100; ++i) m.put(i, i);  // the table is rebuilt much smaller
  CHECK(m.m->size() == 110);
  CHECK(m.get(131065).second == 131065);
  CHECK(m.get(200050).second == 200050);
  CHECK_FALSE(m.get(5).first);
  heap.collect(weft::testing::rootsOf({word(m.m)}));
  CHECK(heap.stats().liveBytes < 20000);
  CHECK(drain(vm::newMapIterator(heap, m.m)).size() == 110);
}

TEST_CASE("value equality and hashing helpers") {
  TypeZoo z;
  vm::Heap heap;
  Word a = f2w(0.0), b = f2w(-0.0), n = f2w(std::nan(""));
  CHECK(vm::valuesEqual(z.float64T, &a, &b));
  CHECK_FALSE(vm::valuesEqual(z.float64T, &n, &n));
  CHECK(vm::hashValue(z.float64T, &a, 9, nullptr) == vm::hashValue(z.float64T, &b, 9, nullptr));
  auto* sliceT = z.slice(z.intT);
  vm::Box* s1 = heap.allocBox(sliceT);
  Word w1 = word(s1);
  const types::Type* bad = nullptr;
  CHECK_FALSE(vm::valuesEqual(z.anyT, &w1, &w1, &bad));  // comparing uncomparable type []int
  CHECK(bad == sliceT);
  CHECK(vm::isComparable(z.structOf({{"a", z.intT}, {"i", z.anyT}})));
  CHECK_FALSE(vm::isComparable(z.structOf({{"a", z.intT}, {"m", z.map(z.intT, z.intT)}})));
  CHECK_FALSE(vm::isComparable(z.array(sliceT, 2)));
  Word c1[2] = {f2w(1.5), f2w(-0.0)}, c2[2] = {f2w(1.5), f2w(0.0)};
  CHECK(vm::valuesEqual(z.complex128T, c1, c2));
  CHECK(vm::hashValue(z.complex128T, c1, 3, nullptr) ==
        vm::hashValue(z.complex128T, c2, 3, nullptr));
}

// Run by hand: weft_unit_tests -tc="map perf*" --no-skip (use a Release build).
TEST_CASE("map perf: int and string keys" * doctest::skip()) {
  TypeZoo z;
  vm::Heap heap;
  constexpr int kN = 1000000;
  auto time = [](auto&& f) {  // CPU time of this thread
    timespec a, b;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &a);
    f();
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &b);
    return static_cast<double>(b.tv_sec - a.tv_sec) +
           static_cast<double>(b.tv_nsec - a.tv_nsec) * 1e-9;
  };
  vm::MapObject* m = heap.newMap(z.map(z.intT, z.intT));
  double ins = time([&] {
    for (Word k = 0; k < kN; ++k) {
      Word kk = k * 0x9E3779B97F4A7C15ull, v = k;
      m->store(&kk, &v);
    }
  });
  Word sum = 0;
  double look = time([&] {
    for (Word k = 0; k < kN; ++k) {
      Word kk = k * 0x9E3779B97F4A7C15ull, v = 0;
      m->lookup(&kk, &v);
      sum += v;
    }
  });
  double iter = time([&] {
    vm::MapIterator* it = vm::newMapIterator(heap, m);
    Word k, v;
    while (it->next(&k, &v).found) sum += v;
  });
  std::printf(
      "map[int]int, %d entries: insert %.1f ns/op, lookup %.1f ns/op, range %.1f ns/entry\n", kN,
      ins / kN * 1e9, look / kN * 1e9, iter / kN * 1e9);
  std::vector<Word> keys;
  for (int i = 0; i < kN; ++i) keys.push_back(word(heap.newString("key-" + std::to_string(i))));
  vm::MapObject* ms = heap.newMap(z.map(z.stringT, z.intT));
  ins = time([&] {
    for (int i = 0; i < kN; ++i) {
      Word v = static_cast<Word>(i);
      ms->store(&keys[i], &v);
    }
  });
  look = time([&] {
    for (int i = 0; i < kN; ++i) {
      Word v = 0;
      ms->lookup(&keys[i], &v);
      sum += v;
    }
  });
  std::printf("map[string]int, %d entries: insert %.1f ns/op, lookup %.1f ns/op (%llu)\n", kN,
              ins / kN * 1e9, look / kN * 1e9, static_cast<unsigned long long>(sum));
}

// Storage layout of types: slots, pointer maps, field offsets (vm/layout.cpp).
#include <doctest.h>

#include <thread>

#include "heap_test_types.hpp"

using namespace weft;
using weft::testing::TypeZoo;

namespace {
std::vector<bool> bits(std::initializer_list<int> b) {
  std::vector<bool> v;
  for (int x : b) v.push_back(x != 0);
  return v;
}
}  // namespace

TEST_CASE("layout: one-word kinds") {
  TypeZoo z;
  CHECK(vm::slotsOf(z.intT) == 1);
  CHECK(vm::ptrmapOf(z.intT) == bits({0}));
  CHECK(vm::ptrmapOf(z.boolT) == bits({0}));
  CHECK(vm::ptrmapOf(z.float64T) == bits({0}));
  CHECK(vm::ptrmapOf(z.stringT) == bits({1}));
  CHECK(vm::ptrmapOf(z.unsafePtrT) == bits({1}));
  CHECK(vm::ptrmapOf(z.pointer(z.intT)) == bits({1}));
  CHECK(vm::ptrmapOf(z.slice(z.intT)) == bits({1}));
  CHECK(vm::ptrmapOf(z.map(z.intT, z.intT)) == bits({1}));
  CHECK(vm::ptrmapOf(z.chan(z.intT)) == bits({1}));
  CHECK(vm::ptrmapOf(z.func()) == bits({1}));
  CHECK(vm::ptrmapOf(z.anyT) == bits({1}));
  CHECK(vm::slotsOf(z.complex128T) == 2);
  CHECK(vm::ptrmapOf(z.complex128T) == bits({0, 0}));
}

TEST_CASE("layout: structs and arrays are flattened") {
  TypeZoo z;
  auto* inner = z.structOf({{"s", z.stringT}, {"n", z.intT}});
  auto* arr = z.array(inner, 3);
  auto* outer = z.structOf({{"a", z.intT}, {"in", inner}, {"arr", arr}, {"p", z.pointer(z.intT)}});
  CHECK(vm::slotsOf(inner) == 2);
  CHECK(vm::slotsOf(arr) == 6);
  CHECK(vm::ptrmapOf(arr) == bits({1, 0, 1, 0, 1, 0}));
  CHECK(vm::slotsOf(outer) == 1 + 2 + 6 + 1);
  CHECK(vm::ptrmapOf(outer) == bits({0, 1, 0, 1, 0, 1, 0, 1, 0, 1}));
  CHECK(vm::fieldOffset(outer, 0) == 0);
  CHECK(vm::fieldOffset(outer, 1) == 1);
  CHECK(vm::fieldOffset(outer, 2) == 3);
  CHECK(vm::fieldOffset(outer, 3) == 9);
}

TEST_CASE("layout: zero-size types") {
  TypeZoo z;
  auto* empty = z.structOf({});
  CHECK(vm::slotsOf(empty) == 0);
  CHECK(vm::ptrmapOf(empty).empty());
  CHECK(vm::slotsOf(z.array(z.intT, 0)) == 0);
  CHECK(vm::slotsOf(z.array(empty, 1000)) == 0);
  auto* s = z.structOf({{"e", empty}, {"x", z.intT}, {"e2", empty}});
  CHECK(vm::slotsOf(s) == 1);
  CHECK(vm::fieldOffset(s, 1) == 0);
  CHECK(vm::fieldOffset(s, 2) == 1);
}

TEST_CASE("layout: named types follow their underlying type") {
  TypeZoo z;
  types::Named* node = z.named("Node");
  auto* st = z.structOf({{"next", z.pointer(node)}, {"val", z.intT}, {"name", z.stringT}});
  node->underlyingType = st;
  CHECK(vm::slotsOf(node) == 3);
  CHECK(vm::ptrmapOf(node) == bits({1, 0, 1}));
  CHECK(vm::fieldOffset(node, 2) == 2);
  auto* arrOfNamed = z.array(node, 2);
  CHECK(vm::ptrmapOf(arrOfNamed) == bits({1, 0, 1, 1, 0, 1}));
}

TEST_CASE("layout: many threads computing the same types at once agree") {
  for (int round = 0; round < 20; ++round) {
    TypeZoo z;
    auto* leaf = z.structOf({{"p", z.pointer(z.intT)}, {"n", z.intT}});
    auto* mid = z.array(leaf, 5);
    auto* top = z.structOf({{"m", mid}, {"s", z.stringT}, {"leaf", leaf}});
    std::vector<std::thread> ts;
    std::vector<int32_t> got(4);
    std::vector<std::size_t> pointers(4);
    for (int i = 0; i < 4; ++i) {
      ts.emplace_back([&, i] {
        got[i] = vm::slotsOf(top);
        const auto& pm = vm::ptrmapOf(top);
        pointers[i] = static_cast<std::size_t>(std::count(pm.begin(), pm.end(), true));
        (void)vm::fieldOffset(top, 2);
      });
    }
    for (auto& t : ts) t.join();
    for (int i = 0; i < 4; ++i) {
      CHECK(got[i] == 13);
      CHECK(pointers[i] == 7);
    }
    CHECK(vm::fieldOffset(top, 2) == 11);
  }
}

TEST_CASE("Go sizes (unsafe.Sizeof on amd64)") {
  TypeZoo z;
  auto* int64T = z.basic(types::Kind::Int64, "int64");
  auto* int16T = z.basic(types::Kind::Int16, "int16");
  auto* int32T = z.basic(types::Kind::Int32, "int32");
  auto* s3 = z.structOf({{"a", z.int8T}, {"b", int64T}, {"c", z.int8T}});
  auto* e = z.structOf({{"a", int64T}, {"z", z.structOf({})}});
  auto* small = z.structOf({{"a", z.int8T}, {"b", int16T}, {"c", z.int8T}});
  auto* mixed = z.structOf({{"a", int32T}, {"b", int32T}, {"c", z.boolT}});
  // Go 1.19: unsafe.Sizeof(S3{}), E{}, struct{a int8; b int16; c int8}{}, complex64(0),
  // struct{a, b int32; c bool}{} print 24 16 6 8 12.
  CHECK(vm::goSizeof(s3) == 24);
  CHECK(vm::goSizeof(e) == 16);
  CHECK(vm::goSizeof(small) == 6);
  CHECK(vm::goSizeof(z.basic(types::Kind::Complex64, "complex64")) == 8);
  CHECK(vm::goSizeof(mixed) == 12);
  CHECK(vm::goSizeof(z.stringT) == 16);
  CHECK(vm::goSizeof(z.slice(z.intT)) == 24);
  CHECK(vm::goSizeof(z.anyT) == 16);
  CHECK(vm::goSizeof(z.array(z.uint8T, 3)) == 3);
  CHECK(vm::goAlignof(z.array(z.uint8T, 3)) == 1);
  CHECK(vm::goSizeof(z.structOf({})) == 0);
}

TEST_CASE("append capacity growth matches Go") {
  TypeZoo z;
  // Go 1.19, appending one element at a time to nil slices up to 5000 elements; the capacities
  // seen for []int, []byte, []string, []S3 (24 bytes) and [][3]byte.
  struct Want {
    int64_t size;
    std::vector<int64_t> caps;
  };
  const Want wants[] = {
      {8, {1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560, 3408, 5120}},
      {1, {8, 16, 32, 64, 128, 256, 512, 896, 1408, 2048, 3072, 4096, 5376}},
      {16, {1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560, 3584, 5120}},
      {24, {1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 853, 1365, 2048, 3072, 4096, 5461}},
      {3, {2, 5, 10, 21, 42, 85, 170, 341, 682, 1066, 1621, 2261, 3157, 4522, 6144}},
  };
  for (const Want& w : wants) {
    CAPTURE(w.size);
    std::vector<int64_t> caps;
    int64_t cap = 0;
    for (int64_t len = 1; len <= 5000; ++len) {
      if (len > cap) {
        cap = vm::appendCapacity(cap, len, w.size);
        caps.push_back(cap);
      }
    }
    CHECK(caps == w.caps);
  }
  // append([]int{1, 2, 3}, 4, 5, 6, 7, 8): cap 8; append([]byte("abc"), 33 bytes...): cap 48.
  CHECK(vm::appendCapacity(3, 8, 8) == 8);
  CHECK(vm::appendCapacity(3, 36, 1) == 48);
  // Zero-size elements: cap follows len.
  CHECK(vm::appendCapacity(3, 4, 0) == 4);
}

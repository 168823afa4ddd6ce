// String operations and UTF-8 (expected values checked against Go 1.19).
#include <doctest.h>

#include <string>

#include "heap_test_types.hpp"
#include "vm/string_ops.hpp"

using namespace weft;
using vm::String;
using vm::Word;

namespace {
std::string str(const String* s) {
  return std::string(vm::view(s));
}
}  // namespace

TEST_CASE("strings: concatenation") {
  vm::Heap heap;
  String* a = heap.newString("foo");
  String* b = heap.newString("bar");
  CHECK(str(vm::concatStrings(heap, a, b)) == "foobar");
  CHECK(vm::concatStrings(heap, a, nullptr) == a);  // no copy with an empty operand
  CHECK(vm::concatStrings(heap, nullptr, b) == b);
  CHECK(vm::concatStrings(heap, nullptr, nullptr) == nullptr);
  const String* parts[] = {a, nullptr, b, heap.newString("!"), nullptr};
  String* all = vm::concatStrings(heap, parts, 5);
  CHECK(str(all) == "foobar!");
  CHECK(all->bytes[7] == '\0');
  const String* one[] = {nullptr, b, nullptr};
  CHECK(vm::concatStrings(heap, one, 3) == b);
  CHECK(vm::concatStrings(heap, one, 0) == nullptr);
}

TEST_CASE("strings: comparison and hashing") {
  vm::Heap heap;
  String* abc = heap.newString("abc");
  String* abc2 = heap.newString("abc");
  String* abd = heap.newString("abd");
  String* ab = heap.newString("ab");
  String* high = heap.newString("\xff");
  CHECK(vm::compareStrings(abc, abc2) == 0);
  CHECK(vm::compareStrings(abc, abd) < 0);
  CHECK(vm::compareStrings(abd, abc) > 0);
  CHECK(vm::compareStrings(ab, abc) < 0);
  CHECK(vm::compareStrings(nullptr, ab) < 0);
  CHECK(vm::compareStrings(nullptr, nullptr) == 0);
  CHECK(vm::compareStrings(abc, high) < 0);  // bytes compare unsigned
  CHECK(vm::stringsEqual(abc, abc2));
  CHECK_FALSE(vm::stringsEqual(abc, ab));
  CHECK_FALSE(vm::stringsEqual(nullptr, ab));
  CHECK(vm::stringsEqual(nullptr, nullptr));
  CHECK(vm::stringHash(abc) == vm::stringHash(abc2));
  CHECK(abc->hash != 0);  // cached
  CHECK(vm::stringHash(abc) != vm::stringHash(abd));
  CHECK(vm::stringHash(ab) != vm::stringHash(abc));
  String* longA = heap.newString(std::string(100, 'x') + "a");
  String* longB = heap.newString(std::string(100, 'x') + "b");
  CHECK(vm::stringHash(longA) != vm::stringHash(longB));
}

TEST_CASE("strings: substrings copy") {
  vm::Heap heap;
  String* s = heap.newString("hello, world");
  String* sub = vm::substring(heap, s, 7, 12);
  CHECK(str(sub) == "world");
  CHECK(sub != s);
  CHECK(sub->bytes[5] == '\0');
  CHECK(vm::substring(heap, s, 3, 3) == nullptr);
  CHECK(vm::substring(heap, s, 0, 12) == s);
  CHECK(vm::substring(heap, nullptr, 0, 0) == nullptr);
}

TEST_CASE("strings: []byte conversions") {
  vm::Heap heap;
  String* s = heap.newString("h\xc3\xa9\xff");
  vm::SliceHeader* b = vm::bytesFromString(heap, s);
  REQUIRE(b->len == 4);
  CHECK(b->cap == 4);
  CHECK(b->data[0] == 'h');
  CHECK(b->data[1] == 0xc3);
  CHECK(b->data[3] == 0xff);  // zero-extended
  b->data[0] = 'H';
  CHECK(str(s) == "h\xc3\xa9\xff");  // a copy
  CHECK(str(vm::stringFromBytes(heap, b)) == "H\xc3\xa9\xff");
  vm::SliceHeader* empty = vm::bytesFromString(heap, nullptr);
  CHECK(empty != nullptr);  // []byte("") is not nil
  CHECK(empty->len == 0);
  CHECK(vm::stringFromBytes(heap, nullptr) == nullptr);
  CHECK(vm::stringFromBytes(heap, empty) == nullptr);
}

TEST_CASE("strings: []rune conversions and string(rune)") {
  vm::Heap heap;
  // "héllo, 世界" plus an invalid byte: []rune gives U+FFFD for it.
  String* s = heap.newString("h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c\xff");
  vm::SliceHeader* r = vm::runesFromString(heap, s);
  REQUIRE(r->len == 10);
  CHECK(r->cap == 10);
  CHECK(r->data[1] == 0xe9);
  CHECK(r->data[7] == 0x4e16);
  CHECK(r->data[8] == 0x754c);
  CHECK(r->data[9] == 0xfffd);
  CHECK(str(vm::stringFromRunes(heap, r)) == "h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c\xef\xbf\xbd");
  // Invalid runes in a []rune encode as U+FFFD, negative ones included (sign-extended words).
  Word* data = heap.allocScalarWords(4);
  data[0] = static_cast<Word>(int64_t{-1});
  data[1] = 0xD800;
  data[2] = 0x10FFFF;
  data[3] = 0x110000;
  vm::SliceHeader* bad = heap.newSlice(data, 4, 4);
  CHECK(str(vm::stringFromRunes(heap, bad)) ==
        "\xef\xbf\xbd\xef\xbf\xbd\xf4\x8f\xbf\xbf\xef\xbf\xbd");
  CHECK(str(vm::stringFromRune(heap, 'A')) == "A");
  CHECK(str(vm::stringFromRune(heap, 0x20AC)) == "\xe2\x82\xac");
  CHECK(str(vm::stringFromRune(heap, 0x1F600)) == "\xf0\x9f\x98\x80");
  CHECK(str(vm::stringFromRune(heap, -1)) == "\xef\xbf\xbd");
  CHECK(str(vm::stringFromRune(heap, 0xDFFF)) == "\xef\xbf\xbd");
  CHECK(str(vm::stringFromRune(heap, 0x110000)) == "\xef\xbf\xbd");
  CHECK(str(vm::stringFromRune(heap, int64_t{1} << 32 | 'A')) == "\xef\xbf\xbd");
  CHECK(str(vm::stringFromRune(heap, 0)) == std::string(1, '\0'));
  CHECK(vm::runesFromString(heap, nullptr)->len == 0);
}

TEST_CASE("utf8: decoding as Go's range over a string") {
  vm::Heap heap;
  // for i, c := range "a\xffb\xe2\x82" prints 0 97, 1 65533, 2 98, 3 65533, 4 65533 in Go.
  String* s = heap.newString(
      "a\xff"
      "b\xe2\x82");
  std::vector<std::pair<int64_t, int32_t>> got;
  for (int64_t i = 0; i < s->len;) {
    vm::DecodedRune d = vm::decodeRuneAt(s, i);
    got.emplace_back(i, d.rune);
    i += d.width;
  }
  std::vector<std::pair<int64_t, int32_t>> want = {
      {0, 97}, {1, 65533}, {2, 98}, {3, 65533}, {4, 65533}};
  CHECK(got == want);
  struct Case {
    const char* bytes;
    int32_t rune;
    int32_t width;
  };
  const Case cases[] = {
      {"\x7f", 0x7f, 1},
      {"\xc2\x80", 0x80, 2},
      {"\xdf\xbf", 0x7ff, 2},
      {"\xe0\xa0\x80", 0x800, 3},
      {"\xef\xbf\xbf", 0xffff, 3},
      {"\xf0\x90\x80\x80", 0x10000, 4},
      {"\xf4\x8f\xbf\xbf", 0x10ffff, 4},
      {"\xc0\x80", 0xfffd, 1},          // overlong
      {"\xc1\xbf", 0xfffd, 1},          // overlong
      {"\xe0\x9f\xbf", 0xfffd, 1},      // overlong
      {"\xed\xa0\x80", 0xfffd, 1},      // surrogate
      {"\xf0\x8f\xbf\xbf", 0xfffd, 1},  // overlong
      {"\xf4\x90\x80\x80", 0xfffd, 1},  // > U+10FFFF
      {"\xf5\x80\x80\x80", 0xfffd, 1},
      {"\x80", 0xfffd, 1},          // continuation byte
      {"\xe2\x82", 0xfffd, 1},      // truncated
      {"\xe2\x28\xa1", 0xfffd, 1},  // bad continuation
      {"\xf0\x9f\x98", 0xfffd, 1},  // truncated
  };
  for (const Case& c : cases) {
    CAPTURE(c.bytes);
    vm::DecodedRune d = vm::decodeRune(c.bytes, std::strlen(c.bytes));
    CHECK(d.rune == c.rune);
    CHECK(d.width == c.width);
  }
  CHECK(vm::decodeRune("", 0).width == 0);
  CHECK(vm::runeCount(heap.newString("h\xc3\xa9llo\xff\xe4\xb8\x96")) == 7);
  CHECK(vm::runeCount(nullptr) == 0);
  char buf[4];
  for (int64_t r : {0x0, 0x7f, 0x80, 0x7ff, 0x800, 0xfffd, 0xffff, 0x10000, 0x10ffff}) {
    int n = vm::encodeRune(r, buf);
    vm::DecodedRune d = vm::decodeRune(buf, static_cast<std::size_t>(n));
    CHECK(d.rune == r);
    CHECK(d.width == n);
  }
}

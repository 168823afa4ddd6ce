// fmt's scanner core on hand-built operands; expected results from real Go (go1.19).
#include <doctest.h>

#include "stdlib/fmt/scan.hpp"
#include "stdlib_value_kit.hpp"

using weft::stdlib::fmt::ScanFailure;
using weft::stdlib::fmt::ScanMode;
using weft::testkit::ValueKit;
using weft::vm::Word;

namespace {

struct Sink : weft::stdlib::fmt::ScanSink {
  ValueKit& kit;
  explicit Sink(ValueKit& k) : kit(k) {}
  Word makeString(std::string_view s) override { return kit.str(s); }
  Word makeBytes(std::string_view s) override { return kit.bytes(s); }
};

weft::stdlib::fmt::ScanResult run(ValueKit& k, ScanMode mode, std::string_view input,
                                  std::string_view format, std::vector<Word> operands) {
  weft::stdlib::fmt::StringRuneSource src(input);
  Sink sink(k);
  return weft::stdlib::fmt::scan(src, sink, mode, format, operands.data(), operands.size());
}

}  // namespace

TEST_CASE("fmt scan: Sscan, Sscanln, Sscanf") {
  ValueKit k;
  Word* a = k.words({0});
  Word* b = k.words({0});
  Word* s = k.words({0});
  Word* f = k.words({0});
  auto pInt = k.pointer(&k.Int);
  auto pStr = k.pointer(&k.String);
  auto pF64 = k.pointer(&k.Float64);
  auto ptr = [&](const weft::types::Type* t, Word* w) {
    return k.box(t, reinterpret_cast<Word>(w));
  };

  // fmt.Sscan("10 20\n hello 3.5", &a, &b, &s, &f) = 4 <nil>
  auto r = run(k, ScanMode::Scan, "10 20\n hello 3.5", "",
               {ptr(pInt, a), ptr(pInt, b), ptr(pStr, s), ptr(pF64, f)});
  CHECK(r.count == 4);
  CHECK(r.error.kind == ScanFailure::None);
  CHECK(static_cast<int64_t>(*a) == 10);
  CHECK(static_cast<int64_t>(*b) == 20);
  CHECK(weft::vm::view(reinterpret_cast<const weft::vm::String*>(*s)) == "hello");
  CHECK(std::bit_cast<double>(*f) == 3.5);

  // fmt.Sscan("7", &a, &b) = 1 EOF
  r = run(k, ScanMode::Scan, "7", "", {ptr(pInt, a), ptr(pInt, b)});
  CHECK(r.count == 1);
  CHECK(r.error.kind == ScanFailure::Eof);

  // fmt.Sscan("x", &a) = 0 expected integer
  r = run(k, ScanMode::Scan, "x", "", {ptr(pInt, a)});
  CHECK(r.error.message == "expected integer");

  // fmt.Sscan("300", &i8) = 0 integer overflow on token 300
  Word* i8 = k.words({0});
  r = run(k, ScanMode::Scan, "300", "", {ptr(k.pointer(&k.Int8), i8)});
  CHECK(r.error.message == "integer overflow on token 300");

  // fmt.Sscanln("1\n2", &a, &b) = 1 unexpected newline
  r = run(k, ScanMode::Scanln, "1\n2", "", {ptr(pInt, a), ptr(pInt, b)});
  CHECK(r.count == 1);
  CHECK(r.error.message == "unexpected newline");

  // fmt.Sscanf("(3, 4)", "(%d, %d)", &x, &y) = 2 <nil>
  r = run(k, ScanMode::Scanf, "(3, 4)", "(%d, %d)", {ptr(pInt, a), ptr(pInt, b)});
  CHECK(r.count == 2);
  CHECK(static_cast<int64_t>(*a) == 3);
  CHECK(static_cast<int64_t>(*b) == 4);

  // fmt.Sscanf("12345", "%3d%d", &x, &y) = 2 <nil> 123 45
  r = run(k, ScanMode::Scanf, "12345", "%3d%d", {ptr(pInt, a), ptr(pInt, b)});
  CHECK(static_cast<int64_t>(*a) == 123);
  CHECK(static_cast<int64_t>(*b) == 45);

  // fmt.Sscanf("5 apples", "%d oranges", &x) = 1 input does not match format
  r = run(k, ScanMode::Scanf, "5 apples", "%d oranges", {ptr(pInt, a)});
  CHECK(r.count == 1);
  CHECK(r.error.message == "input does not match format");

  // fmt.Sscan("1", notPtr) = 0 type not a pointer: int
  r = run(k, ScanMode::Scan, "1", "", {k.box(&k.Int, 0)});
  CHECK(r.error.message == "type not a pointer: int");
}
